package org.copkit.core.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Interests;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.MemberId;

/**
 * The feed as a first version would compute it: objects, maps and a sort over every activity,
 * following the formula of {@link FeedRanker} term by term. It sits in front of the real
 * publishing port, mirrors every successful call, and ranks independently of the engine.
 *
 * <p>Tags are compared as sets, so scenarios must use at most 64 distinct tags (then the engine's
 * tag signature is exact).
 */
final class ReferenceFeed implements ActivityPublishing {

  private final ActivityPublishing engine;
  private final Memberships memberships;
  private final FeedSettings settings;

  private final Map<ActivityId, Entry> activities = new LinkedHashMap<>();
  private final Map<MemberId, Profile> profiles = new HashMap<>();

  ReferenceFeed(ActivityPublishing engine, Memberships memberships, FeedSettings settings) {
    this.engine = engine;
    this.memberships = memberships;
    this.settings = settings;
  }

  private static final class Entry {
    final Activity activity;
    final boolean authorRole;
    int replies;
    int reactions;
    boolean open;
    boolean retracted;

    Entry(Activity activity, boolean authorRole) {
      this.activity = activity;
      this.authorRole = authorRole;
      this.replies = activity.replies();
      this.reactions = activity.reactions();
      this.open = activity.kind() == ActivityKind.QUESTION;
    }
  }

  private static final class Profile {
    final Map<MemberId, Integer> byAuthor = new HashMap<>();
    final Map<CommunityId, Integer> byCommunity = new HashMap<>();
    final Set<ActivityId> seen = new HashSet<>();
    final Set<String> expertise = new HashSet<>();
    final Set<String> interests = new HashSet<>();
  }

  /** A ranked activity: its score and its diversity discount. */
  record Scored(ActivityId id, double score, double discount) {}

  @Override
  public Publication publish(MemberId actor, Activity activity) {
    Publication publication = engine.publish(actor, activity);
    if (publication instanceof Publication.Published) {
      Membership author = memberships.find(activity.community(), activity.author()).orElseThrow();
      activities.put(activity.id(), new Entry(activity, author.has(Role.E_MODERATOR) || author.has(Role.EXPERT)));
    }
    return publication;
  }

  @Override
  public boolean reinstate(MemberId actor, ActivityId activity) {
    boolean reinstated = engine.reinstate(actor, activity);
    if (reinstated) {
      activities.get(activity).retracted = false;
    }
    return reinstated;
  }

  @Override
  public boolean retract(MemberId actor, ActivityId activity) {
    boolean retracted = engine.retract(actor, activity);
    if (retracted) {
      activities.get(activity).retracted = true;
    }
    return retracted;
  }

  @Override
  public void record(MemberId actor, Interaction interaction) {
    engine.record(actor, interaction);
    Entry entry = activities.get(interaction.activity());
    Profile profile = profile(actor);
    boolean own = entry.activity.author().equals(actor);
    switch (interaction.kind()) {
      case SEEN -> profile.seen.add(interaction.activity());
      case REACTED -> entry.reactions++;
      case REPLIED -> entry.replies++;
      case ANSWERED -> {
        entry.replies++;
        entry.open = false;
        if (!own) {
          profile.expertise.addAll(entry.activity.tags());
        }
      }
    }
    if (interaction.kind() != Interaction.Kind.SEEN && !own) {
      profile.byAuthor.merge(entry.activity.author(), 1, Integer::sum);
      profile.byCommunity.merge(entry.activity.community(), 1, Integer::sum);
    }
  }

  @Override
  public void declareInterests(MemberId actor, Interests interests) {
    engine.declareInterests(actor, interests);
    Profile profile = profile(actor);
    profile.interests.clear();
    profile.interests.addAll(interests.competences());
    profile.interests.addAll(interests.learningGoals());
  }

  /** @return every activity the member may see, with its score at {@code now}, best first */
  List<Scored> scores(MemberId member, Instant now) {
    Profile profile = profile(member);
    PersonalWeights personal = settings.personal();
    List<Scored> scored = new ArrayList<>();
    for (Entry entry : activities.values()) {
      Activity activity = entry.activity;
      Optional<Membership> membership = memberships.find(activity.community(), member);
      if (entry.retracted
          || membership.isEmpty()
          || activity.audience() == Audience.CORE && membership.get().tier() != Tier.CORE) {
        continue;
      }
      CommunityRanking ranking = settings.rankingOf(activity.community());
      double lambda = Math.log(2) / ranking.halfLife().toSeconds();
      float statics =
          (float) (ranking.engagement() * Math.log1p((double) entry.replies + entry.reactions)
              + (entry.authorRole ? ranking.authorRole() : 0));
      Set<String> shared = new HashSet<>(activity.tags());
      shared.retainAll(profile.interests);
      double score =
          statics
              + lambda * (activity.createdAt().getEpochSecond() - now.getEpochSecond())
              + personal.communityAffinity() * Math.log1p(profile.byCommunity.getOrDefault(activity.community(), 0))
              + personal.authorAffinity() * Math.log1p(profile.byAuthor.getOrDefault(activity.author(), 0))
              + personal.relevance() * Math.log1p(shared.size());
      if (entry.open && activity.tags().stream().anyMatch(profile.expertise::contains)) {
        score += personal.tacitExpertise();
      }
      score += profile.seen.contains(activity.id()) ? -personal.seen() : 0;
      scored.add(new Scored(activity.id(), score, 0));
    }
    scored.sort(order());
    return scored;
  }

  /**
   * The member's next page: the greedy diversified selection over every visible activity that was
   * not served yet, counting the served ones as higher up.
   */
  List<Scored> page(MemberId member, Instant now, Set<ActivityId> served, int size) {
    PersonalWeights personal = settings.personal();
    Map<MemberId, Integer> authors = new HashMap<>();
    Map<CommunityId, Integer> communities = new HashMap<>();
    for (ActivityId id : served) {
      authors.merge(activities.get(id).activity.author(), 1, Integer::sum);
      communities.merge(activities.get(id).activity.community(), 1, Integer::sum);
    }
    List<Scored> remaining = new ArrayList<>(scores(member, now));
    remaining.removeIf(s -> served.contains(s.id()));
    List<Scored> page = new ArrayList<>();
    while (page.size() < size && !remaining.isEmpty()) {
      List<Scored> adjusted = new ArrayList<>();
      for (Scored s : remaining) {
        Activity a = activities.get(s.id()).activity;
        double discount =
            personal.authorRepeat() * authors.getOrDefault(a.author(), 0)
                + personal.communityRepeat() * communities.getOrDefault(a.community(), 0);
        adjusted.add(new Scored(s.id(), s.score() - discount, discount));
      }
      adjusted.sort(order());
      Scored best = adjusted.get(0);
      Activity a = activities.get(best.id()).activity;
      page.add(new Scored(best.id(), best.score() + best.discount(), best.discount()));
      remaining.removeIf(s -> s.id().equals(best.id()));
      authors.merge(a.author(), 1, Integer::sum);
      communities.merge(a.community(), 1, Integer::sum);
    }
    return page;
  }

  /** @return the activities published and not retracted, in the order published */
  List<ActivityId> ids() {
    return activities.entrySet().stream().filter(e -> !e.getValue().retracted).map(Map.Entry::getKey).toList();
  }

  /** @return the activities retracted and not reinstated */
  List<ActivityId> retracted() {
    return activities.entrySet().stream().filter(e -> e.getValue().retracted).map(Map.Entry::getKey).toList();
  }

  Activity activity(ActivityId id) {
    return activities.get(id).activity;
  }

  private Comparator<Scored> order() {
    return Comparator.comparingDouble(Scored::score)
        .reversed()
        .thenComparing(s -> activities.get(s.id()).activity.createdAt(), Comparator.reverseOrder())
        .thenComparing(Scored::id);
  }

  private Profile profile(MemberId member) {
    return profiles.computeIfAbsent(member, m -> new Profile());
  }
}
