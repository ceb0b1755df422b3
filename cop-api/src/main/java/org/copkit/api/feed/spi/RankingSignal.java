package org.copkit.api.feed.spi;

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
 * <p>A signal that throws, or returns a term that is not finite, is reported in the log and
 * counts as zero for that call; the other signals and the feed go on.
 */
public interface RankingSignal {

  /**
   * @return the signal's name in explanations: 1 to 64 lower-case letters, digits and dashes,
   *     unique among the platform's signals and different from the built-in ones
   */
  String name();

  /**
   * The signal's term for an activity, fixed at publication. Called once per activity, on the
   * publishing thread; must be fast and must not call back into the feed.
   *
   * @param activity the activity as published
   * @return the term, in log space; zero for no effect
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
