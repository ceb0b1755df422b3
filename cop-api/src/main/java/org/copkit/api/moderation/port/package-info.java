/**
 * Outbound ports for flags, review queues, mutes and communities' moderation settings. Adapters
 * prove themselves with the contract suites in {@code org.copkit.tck.moderation}.
 */
package org.copkit.api.moderation.port;
