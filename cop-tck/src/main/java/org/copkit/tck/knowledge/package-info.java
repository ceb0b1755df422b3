/** Contract suite of the knowledge-base port: items and their revisions. */
package org.copkit.tck.knowledge;
