/**
 * Outbound ports of notifications: members' attention settings, the digests sent to them, their
 * one-click unsubscribe tokens and the interruptions spent of their daily budgets.
 */
package org.copkit.api.notification.port;
