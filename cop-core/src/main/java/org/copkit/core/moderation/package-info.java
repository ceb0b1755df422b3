/**
 * Moderation in the core: flags and their weights, review queues with exactly-once decisions,
 * mutes, the {@link org.copkit.core.moderation.PublicationGate} that screens new posts (mutes,
 * rate limits, rules, pre-moderation), and the built-in {@link
 * org.copkit.core.moderation.ModerationRules}. Its public types are wiring, not exported: hosts use
 * {@code CopPlatform} and {@code BuiltInRules}.
 */
package org.copkit.core.moderation;
