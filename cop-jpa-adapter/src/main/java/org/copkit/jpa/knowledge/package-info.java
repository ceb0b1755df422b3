/** The knowledge base on JPA: items and their revisions. */
package org.copkit.jpa.knowledge;
