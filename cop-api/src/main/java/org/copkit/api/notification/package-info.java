/**
 * Notifications for people: the {@link org.copkit.api.notification.Notifications} port through
 * which the host delivers mentions, moderation decisions, sanctions, learning events, knowledge
 * reviews, routed questions and digests; each member's {@link
 * org.copkit.api.notification.AttentionSettings} (as it happens, or a daily or weekly digest, per
 * channel; quiet hours, a daily budget, sections and topics they unsubscribed from), which every
 * notification passes; and the {@link
 * org.copkit.api.notification.Digests} that gather what may not interrupt them, once per member
 * and period across every node.
 */
package org.copkit.api.notification;
