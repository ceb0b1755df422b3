package org.copkit.core.community;

import java.time.Duration;

/**
 * The platform's rules for communities.
 *
 * @param autoActivate whether new communities become ACTIVE at once, without an administrator
 * @param dormancyAfter how long without activity before a sweep puts an ACTIVE community to sleep
 */
record CommunityPolicy(boolean autoActivate, Duration dormancyAfter) {}
