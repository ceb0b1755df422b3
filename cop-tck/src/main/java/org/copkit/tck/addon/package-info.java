/**
 * The test kit for add-ons: a vendor extends {@link org.copkit.tck.addon.ModerationRuleContract} for
 * a moderation rule, {@link org.copkit.tck.addon.RankingSignalContract} for a ranking signal and
 * {@link org.copkit.tck.addon.ActivityClassifierContract} for an activity classifier, and learns
 * whether the add-on has a valid name, is thread-safe under concurrent calls, answers within the
 * platform's time budget, gives finite terms within range, and survives the inputs the platform
 * really passes ({@link org.copkit.tck.addon.AddOnInputs}).
 */
package org.copkit.tck.addon;
