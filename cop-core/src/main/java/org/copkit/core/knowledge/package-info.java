/** The knowledge base: items, their revisions, who may read and write them. */
package org.copkit.core.knowledge;
