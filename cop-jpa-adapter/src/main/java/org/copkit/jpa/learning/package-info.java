/** Learning on JPA: units, paths, completions, calendar events and registrations. */
package org.copkit.jpa.learning;
