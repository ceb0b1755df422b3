package org.copkit.tck.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.port.PortfolioEntries;
import org.copkit.api.portfolio.port.PortfolioPages;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PortfolioEntries} and {@link PortfolioPages}: evidence a member adds comes
 * back with every field, once per key, newest first; a page comes back with every field (its
 * evidence keys in order, thousands of them included), updates move its version on and refuse a
 * stale one, and a page shared by link is found by the link's hash only while shared by it.
 */
public abstract class PortfolioPagesContract extends StorageContract {

  private final MemberId marta = MemberId.of("marta-Núria");
  private PortfolioEntries entries;
  private PortfolioPages pages;

  /** For subclasses. */
  protected PortfolioPagesContract() {}

  @BeforeEach
  final void openPorts() {
    entries = eachCallInATransaction(PortfolioEntries.class, storage -> storage.portfolioEntries());
    pages = eachCallInATransaction(PortfolioPages.class, storage -> storage.portfolioPages());
  }

  private static Evidence reflection(MemberId member, String key, long seconds) {
    return new Evidence(key, EvidenceKind.REFLECTION, member, Optional.empty(), Audience.COMMUNITY, "Què he après · " + key,
        CATALAN, "https://intranet.example.org/reflexio?id=" + key, secondsAfterT0(seconds),
        Set.of(CompetenceRef.of("digcomp@2.2#2.4"), CompetenceRef.of("digcomp@2.2#5.4")));
  }

  private PortfolioPage aPage(MemberId owner, List<String> keys, long seconds) {
    return new PortfolioPage(PortfolioPageId.random(), owner, "El meu any de mediació", CATALAN, keys, PageAudience.PRIVATE,
        Optional.empty(), Optional.empty(), secondsAfterT0(seconds), 0);
  }

  @Nested
  class Entries {

    @Test
    void keepsWhatAMemberAddedWithEveryFieldOncePerKeyNewestFirst() {
      Evidence older = reflection(marta, "own:1", 10);
      Evidence newer = new Evidence("own:2", EvidenceKind.UPLOADED, marta, Optional.empty(), Audience.COMMUNITY,
          "Informe", "", "https://files.example.org/informe.pdf", secondsAfterT0(20), Set.of());
      entries.add(older);
      entries.add(newer);
      entries.add(reflection(MemberId.of("laia"), "own:1", 30));

      assertThat(entries.ofMember(marta)).containsExactly(newer, older);
      assertConflict(ConflictException.Kind.DUPLICATE, () -> entries.add(reflection(marta, "own:1", 40)));
      assertThat(entries.ofMember(marta)).containsExactly(newer, older);
      assertThat(entries.ofMember(MemberId.of("marta-nuria"))).isEmpty();
    }
  }

  @Nested
  class Pages {

    @Test
    void findsAPageWithEveryFieldAndItsKeysInOrder() {
      List<String> keys = IntStream.range(0, 5000).mapToObj(i -> "unit:" + (4999 - i) + "-" + "x".repeat(40)).toList();
      PortfolioPage page = aPage(marta, keys, 1);
      PortfolioPage empty = aPage(marta, List.of(), 2);

      pages.add(page);
      pages.add(empty);

      assertThat(pages.find(page.id())).contains(page);
      assertThat(pages.find(empty.id())).contains(empty);
      assertThat(pages.find(PortfolioPageId.random())).isEmpty();
      assertThat(pages.ofOwner(marta)).containsExactly(page, empty);
      assertConflict(ConflictException.Kind.DUPLICATE, () -> pages.add(page));
    }

    @Test
    void sharesMovesTheVersionOnAndRefusesAStaleUpdate() {
      PortfolioPage page = aPage(marta, List.of("unit:1"), 1);
      pages.add(page);
      CommunityId community = CommunityId.random();

      PortfolioPage withCommunity = pages.update(page.sharedWith(PageAudience.COMMUNITY, Optional.of(community), Optional.empty()));
      PortfolioPage byLink = pages.update(withCommunity.sharedWith(PageAudience.LINK, Optional.empty(), Optional.of("a".repeat(64))));

      assertThat(withCommunity.version()).isEqualTo(1);
      assertThat(withCommunity.community()).contains(community);
      assertThat(byLink.version()).isEqualTo(2);
      assertThat(pages.findByLink("a".repeat(64))).contains(byLink);
      assertThat(pages.findByLink("b".repeat(64))).isEmpty();
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> pages.update(withCommunity));
      PortfolioPage revoked = pages.update(byLink.sharedWith(PageAudience.PRIVATE, Optional.empty(), Optional.empty()));
      assertThat(pages.findByLink("a".repeat(64))).as("a revoked link finds nothing").isEmpty();
      assertThat(pages.find(page.id())).contains(revoked);
      assertThatThrownBy(() -> pages.update(aPage(marta, List.of(), 3))).isInstanceOf(NotFoundException.class);
    }
  }
}
