package org.copkit.core.moderation;

import org.copkit.api.moderation.spi.ModerationRule;

/**
 * A moderation rule that ships with CoPKit: a pure function of the draft, asked on the posting
 * thread without a time budget (the budget is for vendors' rules, which may ask a service). It is
 * guarded and counted like every rule. Wiring, not exported.
 */
interface BuiltInRule extends ModerationRule {}
