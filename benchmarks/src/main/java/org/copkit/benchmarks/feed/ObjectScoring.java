package org.copkit.benchmarks.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.shared.MemberId;

/**
 * The feed's score as a careful first version computes it over objects and maps, term for term
 * (and in the same order) as the engine, so the baselines rank exactly alike.
 */
final class ObjectScoring {

  private final Reader reader;
  private final FeedSettings settings;
  private final long now = FeedWorkload.NOW.getEpochSecond();

  ObjectScoring(Reader reader, FeedSettings settings) {
    this.reader = reader;
    this.settings = settings;
  }

  /** @return the reader's score of a visible activity */
  double score(FeedEntry entry) {
    CommunityRanking ranking = settings.rankingOf(entry.community());
    PersonalWeights personal = settings.personal();
    float statics =
        (float) (ranking.engagement() * Math.log1p((double) entry.replies() + entry.reactions())
            + (entry.authorRole() ? ranking.authorRole() : 0));
    int shared = 0;
    for (String tag : entry.tags()) {
      if (reader.interests().contains(tag)) {
        shared++;
      }
    }
    double score =
        statics
            + Math.log(2) / ranking.halfLife().toSeconds() * (entry.createdAt().getEpochSecond() - now)
            + personal.communityAffinity() * Math.log1p(reader.byCommunity().getOrDefault(entry.community(), 0))
            + personal.authorAffinity() * Math.log1p(reader.byAuthor().getOrDefault(entry.author(), 0))
            + personal.relevance() * Math.log1p(shared);
    if (entry.openQuestion() && entry.tags().stream().anyMatch(reader.expertise()::contains)) {
      score += personal.tacitExpertise();
    }
    return score + (reader.seen().contains(entry.id()) ? -personal.seen() : 0);
  }

  /**
   * Picks the page from candidates ranked best first: greedily, each next item being the best
   * after a discount per item of the same author and community already picked.
   *
   * @param best the best candidates, best first
   * @param complete whether {@code best} holds every visible activity
   * @return the page, or null when a candidate outside {@code best} might have been picked
   */
  List<FeedEntry> diversify(List<Scored> best, boolean complete) {
    PersonalWeights personal = settings.personal();
    if (!personal.diversifies()) {
      return best.stream().limit(FeedWorkload.K).map(Scored::entry).toList();
    }
    double outside = complete || best.isEmpty() ? Double.NEGATIVE_INFINITY : best.get(best.size() - 1).score();
    Map<MemberId, Integer> authors = new HashMap<>();
    Map<CommunityId, Integer> communities = new HashMap<>();
    List<Scored> remaining = new ArrayList<>(best);
    List<FeedEntry> page = new ArrayList<>();
    while (page.size() < FeedWorkload.K && !remaining.isEmpty()) {
      Scored pick = null;
      for (Scored candidate : remaining) {
        Scored adjusted =
            new Scored(
                candidate.entry(),
                candidate.score()
                    - personal.authorRepeat() * authors.getOrDefault(candidate.entry().author(), 0)
                    - personal.communityRepeat() * communities.getOrDefault(candidate.entry().community(), 0));
        if (pick == null || Scored.BEST_FIRST.compare(adjusted, pick) < 0) {
          pick = adjusted;
        }
      }
      if (pick.score() <= outside) {
        return null;
      }
      FeedEntry chosen = pick.entry();
      remaining.removeIf(s -> s.entry() == chosen);
      authors.merge(chosen.author(), 1, Integer::sum);
      communities.merge(chosen.community(), 1, Integer::sum);
      page.add(chosen);
    }
    return page;
  }
}
