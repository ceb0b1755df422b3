/**
 * The contract of the analytics storage port, {@link org.copkit.tck.analytics.ContributionsContract}:
 * exact counts of members, contributions, activity types and questions on one hand-made scene that
 * puts every rule of {@code org.copkit.api.analytics.port.Contributions} to work.
 *
 * <pre>{@code
 * class MyContributionsTest extends ContributionsContract {
 *   @Override
 *   protected CopStorage storage() {
 *     return MyStorage.createEmpty();
 *   }
 * }
 * }</pre>
 */
package org.copkit.tck.analytics;
