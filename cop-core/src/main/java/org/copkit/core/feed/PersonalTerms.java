package org.copkit.core.feed;

import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.shared.MemberId;

/**
 * One member's lookup terms for one feed request: a dense per-author array (their affinity plus
 * the vendors' per-author terms) that the scan indexes by the author column, and the per-community
 * terms. The array is a per-thread scratch space: only the entries set for this member are
 * written, and {@link #close()} clears them again, so a request allocates nothing in proportion to
 * the number of authors.
 */
final class PersonalTerms implements AutoCloseable {

  private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

  final MemberProfile profile;
  /** Indexed by author ordinal; zero for every author this member has no term for. */
  final double[] byAuthor;
  /** The largest entry of {@link #byAuthor}, and at least zero. */
  final double maxByAuthor;

  private final int[] touched;
  private final int touchedCount;
  private final MemberTerms[] vendorTerms;
  private final PersonalScoring scoring;

  private PersonalTerms(
      MemberProfile profile,
      double[] byAuthor,
      int[] touched,
      int touchedCount,
      MemberTerms[] vendorTerms,
      PersonalScoring scoring) {
    this.profile = profile;
    this.byAuthor = byAuthor;
    this.touched = touched;
    this.touchedCount = touchedCount;
    this.vendorTerms = vendorTerms;
    this.scoring = scoring;
    double max = 0;
    for (int i = 0; i < touchedCount; i++) {
      max = Math.max(max, byAuthor[touched[i]]);
    }
    this.maxByAuthor = max;
  }

  /**
   * Builds the terms. Call it after reading the sizes of the segments to scan, so that every
   * author of a scanned activity has an entry.
   */
  static PersonalTerms of(
      MemberProfile profile,
      MemberTerms[] vendorTerms,
      ActivityIndex index,
      PersonalScoring scoring) {
    int authors = index.authorCount();
    double[] byAuthor = SCRATCH.get();
    if (byAuthor.length < authors) {
      byAuthor = new double[Math.max(authors, byAuthor.length * 2)];
      SCRATCH.set(byAuthor);
    }
    int vendorAuthors = 0;
    for (MemberTerms terms : vendorTerms) {
      vendorAuthors += terms.byAuthor().size();
    }
    int[] touched = new int[profile.authors.length + vendorAuthors];
    int count = 0;
    for (int i = 0; i < profile.authors.length; i++) {
      int author = profile.authors[i];
      byAuthor[author] = scoring.authorAffinity(profile.authorInteractions[i]);
      touched[count++] = author;
    }
    for (MemberTerms terms : vendorTerms) {
      for (Map.Entry<MemberId, Double> term : terms.byAuthor().entrySet()) {
        int author = index.authorOrdinalOf(term.getKey());
        if (author >= 0 && author < authors) {
          byAuthor[author] += term.getValue();
          touched[count++] = author;
        }
      }
    }
    return new PersonalTerms(profile, byAuthor, touched, count, vendorTerms, scoring);
  }

  /** @return the member's term for every activity of a community */
  double byCommunity(Segment segment) {
    double term = scoring.communityAffinity(profile.interactionsInCommunity(segment.ordinal));
    for (MemberTerms terms : vendorTerms) {
      term += terms.byCommunity().getOrDefault(segment.community, 0.0);
    }
    return term;
  }

  static double vendorTerm(MemberTerms terms, MemberId author, CommunityId community) {
    return terms.byAuthor().getOrDefault(author, 0.0) + terms.byCommunity().getOrDefault(community, 0.0);
  }

  @Override
  public void close() {
    for (int i = 0; i < touchedCount; i++) {
      byAuthor[touched[i]] = 0;
    }
  }
}
