package org.copkit.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.MemberParticipation;
import org.copkit.api.analytics.ParticipantSearch;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.ParticipationReports;
import org.copkit.api.analytics.PlatformReport;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.AnalyticsStorage;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

/** The participation reports, authorized by the community rules: deny unless a rule below allows. */
final class ParticipationReportsService implements ParticipationReports {

  /** Most contributions first, ties by member ID: the order of {@link #participants}. */
  private static final Comparator<MemberTally> MOST_FIRST =
      Comparator.comparingLong(MemberTally::contributions).reversed().thenComparing(MemberTally::member);

  private final AnalyticsStorage storage;
  private final CommunityGate communities;
  private final Reporting reporting;
  private final UnitOfWork unitOfWork;

  ParticipationReportsService(AnalyticsStorage storage, CommunityGate communities, Reporting reporting) {
    this.storage = storage;
    this.communities = communities;
    this.reporting = reporting;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  @Override
  public CommunityReport community(MemberId actor, CommunityId community, Window window) {
    Validation.required("window", window);
    return unitOfWork.read(() -> {
      Standing standing = communities.standing(communities.actor(actor), community);
      if (!standing.canRead()) {
        throw new AccessDeniedException(standing.actor().id(), "read the participation figures of this community");
      }
      return reporting.community(storage.contributions(), standing.community(), window);
    });
  }

  @Override
  public PlatformReport platform(MemberId actorId, Window window) {
    Validation.required("window", window);
    return unitOfWork.read(() -> {
      Actor actor = communities.actor(actorId);
      if (!actor.isAdministrator()) {
        throw new AccessDeniedException(actor.id(), "read the participation figures of the whole platform");
      }
      return reporting.platform(storage.contributions(), window);
    });
  }

  /**
   * The contributors of the class asked for, most first, then (when lurkers are asked for) the
   * lurkers by member ID. The page is cut from the contributors' tallies where it falls among them
   * and read from the port's lurkers beyond.
   */
  @Override
  public Page<MemberParticipation> participants(MemberId actor, ParticipantSearch search) {
    Validation.required("search", search);
    return unitOfWork.read(() -> {
      communities.moderating(communities.actor(actor), search.community(), "see each member's participation");
      Contributions port = storage.contributions();
      Scope scope = Scope.of(search.community());
      Set<Window> window = Set.of(search.window());
      List<MemberTally> contributors = port.contributors(scope, window).getOrDefault(search.window(), List.of());
      Optional<ParticipationClass> only = search.participationClass();
      List<MemberTally> listed = new ArrayList<>();
      for (MemberTally tally : contributors) {
        if (only.isEmpty() || only.get() == reporting.thresholds().classify(tally.contributions())) {
          listed.add(tally);
        }
      }
      listed.sort(MOST_FIRST);
      long lurkers = 0;
      if (only.isEmpty() || only.get() == ParticipationClass.LURKER) {
        long members = port.members(scope, window).getOrDefault(search.window(), Map.of()).values().stream()
            .mapToLong(Long::longValue).sum();
        lurkers = members - contributors.size();
      }
      PageRequest page = search.page();
      List<MemberTally> items = new ArrayList<>();
      if (page.offset() < listed.size()) {
        items.addAll(listed.subList((int) page.offset(), (int) Math.min(listed.size(), page.offset() + page.size())));
      }
      if (lurkers > 0 && items.size() < page.size()) {
        items.addAll(lurkers(port, search, Math.max(0, page.offset() - listed.size()), page.size() - items.size()));
      }
      return new Page<>(items, page, listed.size() + lurkers).map(this::participation);
    });
  }

  /** At most {@code count} lurkers from the {@code from}-th on, read through the port's pages of the search's size. */
  private static List<MemberTally> lurkers(Contributions port, ParticipantSearch search, long from, int count) {
    int size = search.page().size();
    List<MemberTally> found = new ArrayList<>(count);
    long next = from;
    while (found.size() < count) {
      Page<MemberTally> page = port.lurkers(search.community(), search.window(), new PageRequest((int) (next / size), size));
      int start = (int) (next % size);
      if (start >= page.items().size()) {
        break;
      }
      List<MemberTally> taken = page.items().subList(start, Math.min(page.items().size(), start + count - found.size()));
      found.addAll(taken);
      next += taken.size();
    }
    return found;
  }

  @Override
  public MemberParticipation own(MemberId actorId, CommunityId community, Window window) {
    Validation.required("window", window);
    return unitOfWork.read(() -> {
      Standing standing = communities.standing(communities.actor(actorId), community);
      MemberId self = standing.actor().id();
      if (!standing.isMember()) {
        throw new NotFoundException("membership", self + " in " + community);
      }
      MemberTally tally = storage.contributions().tally(community, self, window)
          .orElseThrow(() -> new NotFoundException("membership", self + " in " + community + " during " + window));
      return participation(tally);
    });
  }

  private MemberParticipation participation(MemberTally tally) {
    return new MemberParticipation(tally.member(), tally.tier(), tally.contributions(),
        reporting.thresholds().classify(tally.contributions()));
  }
}
