package org.copkit.core.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.Explanation.Contribution;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Transactions;
import org.copkit.api.shared.Validation;

/**
 * The {@link Feed} use case over the {@link ActivityIndex}. Visibility comes from the member's
 * memberships, read on every call: a segment is scanned only when the member belongs to its
 * community, and its CORE-only activities only when they are in the CORE tier there.
 */
final class RankedFeed implements Feed, org.copkit.core.shared.MembersFeed {

  private final ActivityIndex index;
  private final MemberProfiles profiles;
  private final VendorSignals vendors;
  private final PersonalScoring scoring;
  private final FeedRanker ranker;
  private final Memberships memberships;
  private final ActivityAccess access;
  private final Transactions transactions;
  private final Clock clock;
  private final FeedSync sync;

  RankedFeed(
      ActivityIndex index,
      MemberProfiles profiles,
      VendorSignals vendors,
      PersonalScoring scoring,
      FeedRanker ranker,
      Memberships memberships,
      Transactions transactions,
      Clock clock,
      FeedSync sync) {
    this.index = index;
    this.profiles = profiles;
    this.vendors = vendors;
    this.scoring = scoring;
    this.ranker = ranker;
    this.memberships = memberships;
    this.access = new ActivityAccess(index, memberships);
    this.transactions = transactions;
    this.clock = clock;
    this.sync = sync;
  }

  @Override
  public FeedPage feed(MemberId actor, FeedQuery query) {
    Validation.required("actor", actor);
    Validation.required("query", query);
    return feed(actor, transactions.inTransaction(() -> memberships.ofMember(actor)), query);
  }

  @Override
  public FeedPage feed(MemberId actor, List<Membership> belongsTo, FeedQuery query) {
    Validation.required("actor", actor);
    Validation.required("query", query);
    boolean stale = sync.stale();
    Optional<PagingState> session =
        query.after().map(cursor -> PagingState.decode(cursor, actor, FeedCursor.MAX_SERVED));
    long now = session.map(PagingState::now).orElseGet(() -> Epoch.secondsOf(clock.instant()));
    List<Scanned> scanned = new ArrayList<>();
    for (Membership membership : belongsTo) {
      Segment segment = index.segment(membership.community());
      if (segment != null) {
        int size = segment.size();
        int limit = session.map(s -> Math.min(s.mark(segment.ordinal), size)).orElse(size);
        if (limit > 0) {
          scanned.add(new Scanned(segment, limit, membership.tier() == Tier.CORE));
        }
      }
    }
    PagingState state = session.orElseGet(() -> start(actor, now, scanned));
    long[] served = state.served();
    for (long ref : served) {
      if (!index.isPublished(ref)) {
        throw new InvalidInputException("cursor", "is not a cursor of this feed");
      }
    }
    int size = Math.min(query.size(), FeedCursor.MAX_SERVED - served.length);
    List<FeedItem> items = new ArrayList<>(size);
    long[] servedNow = new long[0];
    if (size > 0) {
      MemberTerms[] vendorTerms = vendors.memberTerms(actor).terms();
      try (PersonalTerms terms = PersonalTerms.of(profiles.of(actor), vendorTerms, index, scoring)) {
        RankingRequest request = request(scanned, now, terms, served, size);
        List<FeedRanker.Ranked> ranked = ranker.select(request);
        servedNow = new long[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
          FeedRanker.Ranked item = ranked.get(i);
          items.add(item(item));
          servedNow[i] = item.ref();
        }
      }
    }
    PagingState next = state.serving(servedNow);
    boolean more = items.size() == size && next.served().length < FeedCursor.MAX_SERVED;
    return new FeedPage(items, more ? Optional.of(next.encode()) : Optional.empty(), Epoch.instant(now), stale);
  }

  @Override
  public Explanation explain(MemberId actor, ActivityId activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    long ref = access.locate(activity);
    Segment segment = index.segment(ref);
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    if (transactions.inTransaction(() -> access.readerMembership(actor, ref)).isEmpty()) {
      throw ActivityAccess.notFound(activity);
    }
    Instant at = clock.instant();
    MemberProfile profile = profiles.of(actor);
    MemberId author = index.author(columns.author[slot]);
    long tags = columns.tags[slot];
    int flags = columns.flags[slot];
    Block.Records records = columns.records;
    List<Contribution> contributions = new ArrayList<>();
    contribute(contributions, BuiltInSignal.RECENCY, segment.lambda * (columns.time[slot] - Epoch.secondsOf(at)));
    contribute(
        contributions, BuiltInSignal.ENGAGEMENT, segment.engagementTerm(records.replies[slot], records.reactions[slot]));
    contribute(contributions, BuiltInSignal.AUTHOR_ROLE, segment.roleTerm(flags));
    contribute(
        contributions,
        BuiltInSignal.AUTHOR_AFFINITY,
        scoring.authorAffinity(profile.interactionsWithAuthor(columns.author[slot])));
    contribute(
        contributions,
        BuiltInSignal.COMMUNITY_AFFINITY,
        scoring.communityAffinity(profile.interactionsInCommunity(segment.ordinal)));
    contribute(contributions, BuiltInSignal.RELEVANCE, scoring.relevance(tags, profile.interests));
    contribute(contributions, BuiltInSignal.TACIT_EXPERTISE, scoring.tacitExpertise(flags, tags, profile.expertise));
    contribute(contributions, BuiltInSignal.SEEN, scoring.seen(profile.hasSeen(ref)));
    VendorSignals.Terms vendorTerms = vendors.memberTerms(actor);
    for (int v = 0; v < vendors.size(); v++) {
      double term =
          VendorSignals.stored(records.vendorTerms[slot * vendors.size() + v])
              + PersonalTerms.vendorTerm(vendorTerms.terms()[v], author, segment.community);
      contributions.add(new Contribution(vendors.name(v), term, vendorTerms.note(v)));
    }
    return new Explanation(activity, at, records.component(slot), contributions);
  }

  /** A segment the member may see, how much of it the session covers, and whether CORE too. */
  private record Scanned(Segment segment, int limit, boolean core) {}

  private static PagingState start(MemberId actor, long now, List<Scanned> scanned) {
    Scanned[] byOrdinal =
        scanned.stream()
            .sorted(Comparator.comparingInt(s -> s.segment().ordinal))
            .toArray(Scanned[]::new);
    return PagingState.start(
        actor,
        now,
        Arrays.stream(byOrdinal).mapToInt(s -> s.segment().ordinal).toArray(),
        Arrays.stream(byOrdinal).mapToInt(Scanned::limit).toArray());
  }

  private RankingRequest request(
      List<Scanned> scanned, long now, PersonalTerms terms, long[] served, int size) {
    int n = scanned.size();
    Segment[] segments = new Segment[n];
    int[] limits = new int[n];
    boolean[] core = new boolean[n];
    double[] communityTerms = new double[n];
    for (int s = 0; s < n; s++) {
      segments[s] = scanned.get(s).segment();
      limits[s] = scanned.get(s).limit();
      core[s] = scanned.get(s).core();
      communityTerms[s] = terms.byCommunity(segments[s]);
    }
    int[] servedAuthors = new int[served.length];
    int[] servedCommunities = new int[served.length];
    for (int i = 0; i < served.length; i++) {
      long ref = served[i];
      servedAuthors[i] = index.columns(ref).author[ActivityIndex.slot(ref)];
      servedCommunities[i] = ActivityIndex.community(ref);
    }
    return new RankingRequest(
        segments,
        limits,
        core,
        communityTerms,
        now,
        terms,
        served,
        servedAuthors,
        servedCommunities,
        size);
  }

  private FeedItem item(FeedRanker.Ranked ranked) {
    long ref = ranked.ref();
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    return new FeedItem(
        index.id(ref),
        index.segment(ref).community,
        index.author(columns.author[slot]),
        columns.records.kind(slot),
        columns.records.component(slot),
        Epoch.instant(columns.time[slot]),
        ranked.score(),
        ranked.discount());
  }

  private static void contribute(List<Contribution> contributions, BuiltInSignal signal, double value) {
    contributions.add(new Contribution(signal.signalName(), value));
  }

}
