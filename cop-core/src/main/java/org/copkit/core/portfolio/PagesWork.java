package org.copkit.core.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the e-portfolio use cases share: a member's evidence (gathered and added), and the one rule
 * of what a page shows to its audience.
 */
final class PagesWork {

  static final Comparator<Evidence> NEWEST_FIRST =
      Comparator.comparing(Evidence::at).reversed().thenComparing(Evidence::key);

  final CopStorage storage;
  final CommunityGate communities;
  final Frameworks frameworks;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  PagesWork(CopStorage storage, CommunityGate communities, Frameworks frameworks, Clock clock) {
    this.storage = storage;
    this.communities = communities;
    this.frameworks = frameworks;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  Instant now() {
    return clock.instant();
  }

  /** @return everything the member did and added, newest first */
  List<Evidence> allOf(MemberId member) {
    List<Evidence> all = new ArrayList<>(storage.evidenceSources().ofMember(member));
    all.addAll(storage.portfolioEntries().ofMember(member));
    all.sort(NEWEST_FIRST);
    return all;
  }

  /**
   * What a page's audience may see. Evidence without a community (what the member added) is
   * always shown; evidence of a community is shown when the audience may read it there:
   *
   * <ul>
   *   <li>PRIVATE, and the reader's own view: where the reader may read it (CORE content only for
   *       the working group);
   *   <li>COMMUNITY: in the page's community, where the reader may read it; elsewhere only what an
   *       OPEN community shows to everyone;
   *   <li>PLATFORM and LINK: only what OPEN communities show to everyone.
   * </ul>
   *
   * So nothing of a CLOSED or SECRET community reaches a page shared outside it.
   */
  final class Showing {

    private final Map<CommunityId, Optional<Community>> found = new HashMap<>();
    private final Map<CommunityId, Optional<Standing>> standings = new HashMap<>();
    private final Optional<Actor> reader;

    Showing(Optional<Actor> reader) {
      this.reader = reader;
    }

    /** @return whether a page for that audience shows what is meant for {@code meantFor} in {@code where} */
    private boolean shows(PageAudience audience, Optional<CommunityId> pageCommunity, CommunityId where, Audience meantFor) {
      return switch (audience) {
        case PRIVATE -> readerSees(where, meantFor);
        case COMMUNITY -> pageCommunity.filter(where::equals).isPresent()
            ? readerSees(where, meantFor)
            : openToAll(where, meantFor);
        case PLATFORM, LINK -> openToAll(where, meantFor);
      };
    }

    /**
     * What a page for that audience shows of the owner's evidence, read without the rest: the
     * communities and audiences it shows are worked out first, by the rule above, and only their
     * evidence is read; what the owner added is always shown.
     *
     * @return it, newest first
     */
    List<Evidence> of(MemberId owner, PageAudience audience, Optional<CommunityId> pageCommunity) {
      Map<CommunityId, Set<Audience>> shown = new HashMap<>();
      for (CommunityId where : storage.evidenceSources().communitiesOf(owner)) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Audience meantFor : Audience.values()) {
          if (shows(audience, pageCommunity, where, meantFor)) {
            audiences.add(meantFor);
          }
        }
        if (!audiences.isEmpty()) {
          shown.put(where, audiences);
        }
      }
      List<Evidence> all = new ArrayList<>(shown.isEmpty() ? List.of() : storage.evidenceSources().ofMember(owner, shown));
      all.addAll(storage.portfolioEntries().ofMember(owner));
      all.sort(NEWEST_FIRST);
      return all;
    }

    /** @return whether the reader may read what is meant for that audience in the community */
    boolean readerSees(CommunityId community, Audience audience) {
      return standing(community).filter(s -> s.sees(audience)).isPresent();
    }

    Optional<Standing> standing(CommunityId community) {
      return standings.computeIfAbsent(community, id -> reader.flatMap(actor -> {
        try {
          Standing standing = communities.standing(actor, id);
          return standing.canRead() ? Optional.of(standing) : Optional.empty();
        } catch (NotFoundException hidden) {
          return Optional.empty();
        }
      }));
    }

    private boolean openToAll(CommunityId community, Audience audience) {
      return audience == Audience.COMMUNITY
          && found.computeIfAbsent(community, id -> storage.communities().find(id))
              .filter(c -> c.visibility() == Visibility.OPEN).isPresent();
    }
  }
}
