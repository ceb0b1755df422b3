/**
 * Participation analytics in the core: reports computed on demand from the aggregate counts of
 * {@link org.copkit.api.analytics.port.Contributions}, authorized by the community rules.
 *
 * <p>Exact definitions, over the {@code n} members of a window with contributions {@code x_1 ≤ … ≤
 * x_n} (zeros included) and {@code Σx} in all:
 *
 * <ul>
 *   <li>active participation rate {@code = contributors / n} (0 when {@code n = 0});
 *   <li>Gini {@code G = Σ_{i=1..n} (2i − n − 1)·x_i / (n·Σx)}, summed exactly in integers (0 when
 *       {@code Σx = 0});
 *   <li>top-1 % share {@code = (x_{n−k+1} + … + x_n) / Σx} with {@code k = ⌈n/100⌉};
 *   <li>Lorenz curve at {@code j = 0..100} percent: {@code t = j·n/100}, {@code L = (x_1 + … +
 *       x_⌊t⌋ + (t − ⌊t⌋)·x_{⌊t⌋+1}) / Σx};
 *   <li>movement: each member of the previous window, by class there and class now (a member who
 *       joined since is counted as {@code joined});
 *   <li>component balance: contributions per activity type, each type classified once by the
 *       first classifier with an answer; evenness {@code = −Σ p_c·ln p_c / ln 4};
 *   <li>median time to first answer: the middle delay, or the mean of the two middle ones;
 *   <li>health: {@code round(100·Σ w_f·v_f / Σ w_f)} over the {@link
 *       org.copkit.api.analytics.HealthFactor factors} that apply; dormancy as {@code
 *       CommunityLifecycle.sweepDormant} decides it.
 * </ul>
 *
 * <p>Weekly and monthly periods are the reporting zone's, clipped to the window.
 */
package org.copkit.core.analytics;
