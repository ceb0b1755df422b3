/** The knowledge base on JPA: items and their revisions, and the production cycles of outputs. */
package org.copkit.jpa.knowledge;
