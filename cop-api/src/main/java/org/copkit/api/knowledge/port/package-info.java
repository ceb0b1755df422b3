/** Outbound ports of the knowledge base: knowledge items and their revisions, and sections. */
package org.copkit.api.knowledge.port;
