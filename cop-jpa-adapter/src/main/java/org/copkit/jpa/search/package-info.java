/** The JPA implementation of the search sources: keyset scans over the discussion and knowledge tables. */
package org.copkit.jpa.search;
