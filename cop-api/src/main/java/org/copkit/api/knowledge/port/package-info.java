/** Outbound ports of the knowledge base: knowledge items and their revisions. */
package org.copkit.api.knowledge.port;
