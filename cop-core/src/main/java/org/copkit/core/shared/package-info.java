/**
 * Mechanisms every feature of the core shares, such as the retrying {@link
 * org.copkit.core.shared.UnitOfWork}. Wiring, not API: hosts use {@code CopPlatform}.
 */
package org.copkit.core.shared;
