package org.copkit.api.feed.spi;

import org.copkit.api.shared.AddOnContext;
import org.copkit.api.feed.Activity;
import org.copkit.api.shared.MemberId;

/**
 * SPI: a vendor's ranking signal. Implementations are found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.copkit.api.feed.spi.RankingSignal}) and may
 * also be registered on the platform builder.
 *
 * <p>A signal adds terms to the score in log space, of two shapes only, so the ranking keeps its
 * fast path (no vendor code runs per candidate per request):
 *
 * <ul>
 *   <li>a per-activity term, computed once when the activity is published and stored with it;
 *   <li>per-member terms by author and by community, asked once per feed request and looked up
 *       for every candidate.
 * </ul>
 *
 * <p>Every term, per activity and per member, lies within {@code [-MAX_TERM, MAX_TERM]} ({@value
 * #MAX_TERM} in log space: a factor of about 5·10<sup>21</sup>, far beyond any useful weight). A
 * signal that throws, returns {@code null}, or returns a term that is not finite or out of that range
 * is reported in the log and counted as a failure, and counts as zero for that call (see {@code
 * docs/extending.md} for the time budget and the counters); the other signals and the feed go on.
 */
public interface RankingSignal {

  /** The largest magnitude of a term, in log space: every term lies within {@code [-MAX_TERM, MAX_TERM]}. */
  double MAX_TERM = 50;

  /**
   * @return the signal's name in explanations: 1 to 64 lower-case letters, digits and dashes,
   *     unique among the platform's signals and different from the built-in ones
   */
  String name();

  /**
   * Called once when the platform is built, before any other call: an add-on takes what it needs
   * from the host here (its directory of people, its own configuration, the clock) instead of
   * finding it through statics. A start that throws is reported; the host's builder then refuses to
   * build, or starts without this add-on, as the host chose. Does nothing by default.
   *
   * @param context what the host gives the add-on
   */
  default void start(AddOnContext context) {}

  /**
   * The signal's term for an activity, fixed at publication. Called once per activity, on the
   * publishing thread; must be fast and must not call back into the feed.
   *
   * @param activity the activity as published
   * @return the term, in log space, within {@code [-MAX_TERM, MAX_TERM]}; zero for no effect
   */
  default double activityTerm(Activity activity) {
    return 0;
  }

  /**
   * The signal's terms for one member, asked once per feed request and explanation.
   *
   * @param member whose feed is ranked
   * @return the terms by author and by community
   */
  default MemberTerms memberTerms(MemberId member) {
    return MemberTerms.none();
  }
}
