/**
 * Outbound ports of the knowledge base: knowledge items and their revisions, and sections; the
 * production cycles of outputs and the communities' review policies.
 */
package org.copkit.api.knowledge.port;
