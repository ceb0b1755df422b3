/**
 * Notifications for people: the {@link org.copkit.api.notification.Notifications} port through
 * which the host delivers mentions, moderation decisions and sanctions.
 */
package org.copkit.api.notification;
