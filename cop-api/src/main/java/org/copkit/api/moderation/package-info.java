/**
 * Content moderation: {@link org.copkit.api.moderation.Flag flags} weighted by the flagger's
 * accuracy, one {@link org.copkit.api.moderation.ReviewItem review queue} per community,
 * pre-moderation of newcomers, {@link org.copkit.api.moderation.Decision decisions} with a
 * statement of reasons, escalation to administrators, {@link org.copkit.api.moderation.Mute mutes},
 * rate limits, and per-community {@link org.copkit.api.moderation.ModerationPolicy settings}.
 */
package org.copkit.api.moderation;
