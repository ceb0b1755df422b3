/**
 * Notifications and digests: each member's attention settings and the end of their last digest
 * (a cache of the change log's {@code attention} topic), and the digests built from what routing,
 * the feed and the review queues hold for them.
 */
package org.copkit.core.notification;
