/**
 * Participation analytics and community health: the Compartim questions of how many members really
 * take part, who carries the community, and whether it is alive.
 *
 * <p>Use case: {@link org.copkit.api.analytics.ParticipationReports}. A {@link
 * org.copkit.api.analytics.CommunityReport} (or, for administrators, a {@link
 * org.copkit.api.analytics.PlatformReport}) covers a half-open {@link
 * org.copkit.api.analytics.Window} and holds:
 *
 * <ul>
 *   <li>{@link org.copkit.api.analytics.Participation}: members, contributions, contributors, the
 *       active participation rate, the 1-9-90 split ({@link org.copkit.api.analytics.ParticipationThresholds}),
 *       the Gini coefficient, the share of the top 1 % and the Lorenz curve;
 *   <li>{@link org.copkit.api.analytics.TierParticipation core versus periphery}, per tier;
 *   <li>{@link org.copkit.api.analytics.Movement} from the previous window of the same length:
 *       activation of lurkers, and the way back;
 *   <li>the {@link org.copkit.api.analytics.ComponentBalance balance} of the four CoP components,
 *       sorted by {@link org.copkit.api.analytics.spi.ActivityClassifier activity classifiers};
 *   <li>{@link org.copkit.api.analytics.QuestionFigures questions}: shares answered and accepted,
 *       median time to the first answer;
 *   <li>{@link org.copkit.api.analytics.Health} (a community's only): a documented score and
 *       {@link org.copkit.api.analytics.Dormancy dormancy}, read from the community lifecycle;
 *   <li>weekly and monthly {@link org.copkit.api.analytics.Series series} of every count.
 * </ul>
 *
 * <p><b>Definitions.</b> A <i>member</i> of a window is a current membership that was joined before
 * the window ends. A <i>contribution</i> is a published post, a thread's opening post or a reply,
 * written in the window by a member of the post's community. A <i>contributor</i> is a member with
 * at least one contribution. Everything that counts members counts all of them, zeros included.
 * The exact rules, which every storage adapter follows, are in {@link
 * org.copkit.api.analytics.port.Contributions}.
 *
 * <p>Aggregate figures never name a member. Individual classes ({@link
 * org.copkit.api.analytics.MemberParticipation}) are for the member themselves and for the
 * community's e-moderators.
 */
package org.copkit.api.analytics;
