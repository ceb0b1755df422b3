/**
 * Notifications and digests: each member's attention settings (kept by the storage's attention
 * book), the one path every notification takes through them (told at once, or held in the change
 * log's {@code notice} topic, followed by every node), and the digests built from what routing, the
 * held notices, the feed and the review queues hold for them.
 */
package org.copkit.core.notification;
