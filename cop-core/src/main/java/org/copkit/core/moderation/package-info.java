/**
 * Moderation in the core: flags and their weights, review queues with exactly-once decisions,
 * mutes, the {@link org.copkit.core.moderation.PublicationGate} that screens new posts (mutes,
 * rate limits, rules, pre-moderation), and the built-in {@link
 * org.copkit.core.moderation.ModerationRules}.
 */
package org.copkit.core.moderation;
