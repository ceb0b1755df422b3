package org.copkit.tck.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.community.CommunityFixtures.aCommunity;
import static org.copkit.tck.community.CommunityFixtures.aMembership;
import static org.copkit.tck.community.CommunityFixtures.aStageChange;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.shared.ConflictException.Kind;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Communities}: storage of communities with optimistic locking, the filtered
 * and paged search, the search for quiet communities, and the stage history.
 *
 * <p>Where the port says "ties broken by ID", IDs compare as their canonical text ({@code
 * UUID.toString()}), which is also the unsigned byte order that databases use for UUIDs; it is
 * not the signed order of {@link java.util.UUID#compareTo}.
 */
public abstract class CommunitiesContract extends StorageContract {

  /** An ID that sorts first as text (and last in signed {@code UUID} order). */
  static final CommunityId LOW_ID = CommunityId.of("00000000-0000-4000-8000-000000000001");

  /** An ID that sorts last as text (and first in signed {@code UUID} order). */
  static final CommunityId HIGH_ID = CommunityId.of("f0000000-0000-4000-8000-000000000001");

  private Communities communities;
  private Memberships memberships;

  /** For subclasses. */
  protected CommunitiesContract() {}

  @BeforeEach
  final void openPorts() {
    communities = eachCallInATransaction(Communities.class, CopStorage::communities);
    memberships = eachCallInATransaction(Memberships.class, CopStorage::memberships);
  }

  @Nested
  class AddAndFind {

    @Test
    void findsACommunityWithEveryFieldAsAdded() {
      Community community =
          aCommunity()
              .withVisibility(Visibility.CLOSED)
              .inStage(Stage.DORMANT)
              .createdAt(secondsAfterT0(1))
              .lastActiveAt(secondsAfterT0(3600))
              .build();

      communities.add(community);

      assertThat(communities.find(community.id())).contains(community);
    }

    @Test
    void keepsTheVersionTheCommunityCarries() {
      Community community = aCommunity().atVersion(7).build();

      communities.add(community);

      assertThat(communities.find(community.id())).hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(7));
    }

    @Test
    void keepsEveryVisibilityAndStage() {
      List<Community> all = new ArrayList<>();
      for (Visibility visibility : Visibility.values()) {
        for (Stage stage : Stage.values()) {
          all.add(aCommunity().withVisibility(visibility).inStage(stage).build());
        }
      }

      all.forEach(communities::add);

      all.forEach(community -> assertThat(communities.find(community.id())).contains(community));
    }

    @Test
    void keepsAccentedTexts() {
      Community community = aCommunity().withName(CATALAN).withDomain(SPANISH).withPurpose(CATALAN + "\n" + SPANISH).build();

      communities.add(community);

      assertThat(communities.find(community.id())).contains(community);
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      Community community =
          aCommunity()
              .withName(textOfLength(Community.MAX_NAME))
              .withDomain(textOfLength(Community.MAX_DOMAIN))
              .withPurpose(textOfLength(Community.MAX_PURPOSE))
              .build();

      communities.add(community);

      assertThat(communities.find(community.id())).contains(community);
    }

    @Test
    void keepsAnEmptyPurposeEmpty() {
      Community community = aCommunity().withPurpose("").build();

      communities.add(community);

      assertThat(communities.find(community.id())).hasValueSatisfying(found -> assertThat(found.purpose()).isEmpty());
    }

    @Test
    void findsNothingForAnUnknownId() {
      communities.add(aCommunity().build());

      assertThat(communities.find(CommunityId.random())).isEmpty();
    }

    @Test
    void rejectsATakenIdAndKeepsTheFirstCommunity() {
      Community first = aCommunity().build();
      communities.add(first);

      assertConflict(Kind.DUPLICATE, () -> communities.add(aCommunity().withId(first.id()).withName("Una altra").build()));

      assertThat(communities.find(first.id())).contains(first);
    }
  }

  @Nested
  class Update {

    @Test
    void storesTheChangesAndReturnsTheCommunityAtTheNextVersion() {
      Community stored = aCommunity().build();
      communities.add(stored);
      Community changed =
          stored
              .withDetails(new CommunityDetails("Mediació familiar", SPANISH, "Nou propòsit", Visibility.SECRET))
              .withStage(Stage.DORMANT)
              .withActivityAt(secondsAfterT0(60));

      Community updated = communities.update(changed);

      assertThat(updated).isEqualTo(atVersion(changed, 1));
      assertThat(communities.find(stored.id())).contains(updated);
    }

    @Test
    void raisesTheVersionByExactlyOneOnEveryUpdate() {
      Community community = aCommunity().atVersion(4).build();
      communities.add(community);

      Community once = communities.update(community.withStage(Stage.DORMANT));
      Community twice = communities.update(once.withStage(Stage.ACTIVE));

      assertThat(once.version()).isEqualTo(5);
      assertThat(twice.version()).isEqualTo(6);
      assertThat(communities.find(community.id())).contains(twice);
    }

    @Test
    void raisesTheVersionEvenWhenNothingChanged() {
      Community stored = aCommunity().build();
      communities.add(stored);

      Community updated = communities.update(stored);

      assertThat(updated).isEqualTo(atVersion(stored, 1));
      assertThat(communities.find(stored.id())).contains(updated);
    }

    @Test
    void rejectsAStaleVersionAndChangesNothing() {
      Community read = aCommunity().build();
      communities.add(read);
      Community current = communities.update(read.withStage(Stage.DORMANT));

      assertConflict(Kind.STALE_VERSION, () -> communities.update(read.withStage(Stage.ARCHIVED)));

      assertThat(communities.find(read.id())).contains(current);
    }

    @Test
    void rejectsAVersionAheadOfTheStoredOneAndChangesNothing() {
      Community stored = aCommunity().build();
      communities.add(stored);

      assertConflict(Kind.STALE_VERSION, () -> communities.update(atVersion(stored.withStage(Stage.ARCHIVED), 3)));

      assertThat(communities.find(stored.id())).contains(stored);
    }

    @Test
    void rejectsAnUnknownCommunity() {
      Community unknown = aCommunity().build();

      assertThatThrownBy(() -> communities.update(unknown)).isInstanceOf(NotFoundException.class);
      assertThat(communities.find(unknown.id())).isEmpty();
    }
  }

  @Nested
  class Search {

    @Test
    void listsOldestFirstWithTiesBrokenById() {
      Community newest = aCommunity().createdAt(secondsAfterT0(2)).build();
      Community tieHigh = aCommunity().withId(HIGH_ID).createdAt(secondsAfterT0(1)).build();
      Community tieLow = aCommunity().withId(LOW_ID).createdAt(secondsAfterT0(1)).build();
      Community oldest = aCommunity().createdAt(secondsAfterT0(0)).build();
      List.of(newest, tieHigh, tieLow, oldest).forEach(communities::add);

      assertThat(search(CommunityFilter.everything(), PageRequest.first(10)).items())
          .containsExactly(oldest, tieLow, tieHigh, newest);
    }

    @Test
    void cutsTheListIntoPages() {
      List<Community> all = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        all.add(aCommunity().createdAt(secondsAfterT0(i)).build());
      }
      all.forEach(communities::add);

      Page<Community> first = search(CommunityFilter.everything(), PageRequest.first(2));
      Page<Community> second = search(CommunityFilter.everything(), first.request().next());
      Page<Community> last = search(CommunityFilter.everything(), second.request().next());
      Page<Community> beyond = search(CommunityFilter.everything(), last.request().next());

      assertThat(first.items()).containsExactly(all.get(0), all.get(1));
      assertThat(second.items()).containsExactly(all.get(2), all.get(3));
      assertThat(last.items()).containsExactly(all.get(4));
      assertThat(beyond.items()).isEmpty();
      assertThat(List.of(first, second, last, beyond)).extracting(Page::total).containsOnly(5L);
      assertThat(List.of(first, second, last, beyond)).extracting(Page::hasNext).containsExactly(true, true, false, false);
    }

    @Test
    void keepsOnlyTheVisibilitiesAsked() {
      Community open = aCommunity().withVisibility(Visibility.OPEN).createdAt(secondsAfterT0(1)).build();
      Community closed = aCommunity().withVisibility(Visibility.CLOSED).createdAt(secondsAfterT0(2)).build();
      Community secret = aCommunity().withVisibility(Visibility.SECRET).createdAt(secondsAfterT0(3)).build();
      List.of(open, closed, secret).forEach(communities::add);

      Page<Community> page =
          search(
              new CommunityFilter(EnumSet.of(Visibility.OPEN, Visibility.SECRET), EnumSet.allOf(Stage.class), Optional.empty()),
              PageRequest.first(10));

      assertThat(page.items()).containsExactly(open, secret);
      assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void keepsOnlyTheStagesAsked() {
      Community proposed = aCommunity().inStage(Stage.PROPOSED).createdAt(secondsAfterT0(1)).build();
      Community active = aCommunity().inStage(Stage.ACTIVE).createdAt(secondsAfterT0(2)).build();
      Community dormant = aCommunity().inStage(Stage.DORMANT).createdAt(secondsAfterT0(3)).build();
      Community archived = aCommunity().inStage(Stage.ARCHIVED).createdAt(secondsAfterT0(4)).build();
      List.of(proposed, active, dormant, archived).forEach(communities::add);

      Page<Community> page =
          search(
              new CommunityFilter(EnumSet.allOf(Visibility.class), EnumSet.of(Stage.ACTIVE, Stage.DORMANT), Optional.empty()),
              PageRequest.first(10));

      assertThat(page.items()).containsExactly(active, dormant);
      assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void showsSecretCommunitiesOnlyToTheirMembersWhenAPersonIsNamed() {
      MemberId ana = aPerson();
      Community secretWithAna = aCommunity().withVisibility(Visibility.SECRET).createdAt(secondsAfterT0(1)).build();
      Community secretWithoutAna = aCommunity().withVisibility(Visibility.SECRET).createdAt(secondsAfterT0(2)).build();
      Community openWithoutAna = aCommunity().withVisibility(Visibility.OPEN).createdAt(secondsAfterT0(3)).build();
      List.of(secretWithAna, secretWithoutAna, openWithoutAna).forEach(communities::add);
      memberships.add(aMembership().in(secretWithAna.id()).of(ana).build());
      memberships.add(aMembership().in(secretWithoutAna.id()).build());

      Page<Community> anasView = search(everythingFor(ana), PageRequest.first(10));

      assertThat(anasView.items()).containsExactly(secretWithAna, openWithoutAna);
      assertThat(anasView.total()).isEqualTo(2);
    }

    @Test
    void hidesASecretCommunityAgainOnceThePersonLeavesIt() {
      MemberId ana = aPerson();
      Community secret = aCommunity().withVisibility(Visibility.SECRET).build();
      communities.add(secret);
      memberships.add(aMembership().in(secret.id()).of(ana).build());

      memberships.remove(secret.id(), ana);

      assertThat(search(everythingFor(ana), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void showsEverySecretCommunityWhenNoPersonIsNamed() {
      Community secret = aCommunity().withVisibility(Visibility.SECRET).build();
      communities.add(secret);

      assertThat(search(CommunityFilter.everything(), PageRequest.first(10)).items()).containsExactly(secret);
    }

    private Page<Community> search(CommunityFilter filter, PageRequest page) {
      return communities.search(filter, page);
    }

    private CommunityFilter everythingFor(MemberId viewer) {
      return new CommunityFilter(EnumSet.allOf(Visibility.class), EnumSet.allOf(Stage.class), Optional.of(viewer));
    }
  }

  @Nested
  class QuietCommunities {

    @Test
    void listsActiveCommunitiesQuietBeforeTheCutoffOldestActivityFirst() {
      Instant cutoff = secondsAfterT0(100);
      Community quiet = aCommunity().lastActiveAt(secondsAfterT0(50)).build();
      Community quieter = aCommunity().lastActiveAt(secondsAfterT0(10)).build();
      Community justActive = aCommunity().lastActiveAt(cutoff).build();
      Community busy = aCommunity().lastActiveAt(secondsAfterT0(150)).build();
      List.of(quiet, quieter, justActive, busy).forEach(communities::add);

      assertThat(communities.activeAndQuietSince(cutoff)).containsExactly(quieter, quiet);
    }

    @Test
    void ignoresCommunitiesThatAreNotActive() {
      Instant cutoff = secondsAfterT0(100);
      for (Stage stage : EnumSet.complementOf(EnumSet.of(Stage.ACTIVE))) {
        communities.add(aCommunity().inStage(stage).lastActiveAt(secondsAfterT0(1)).build());
      }

      assertThat(communities.activeAndQuietSince(cutoff)).isEmpty();
    }
  }

  @Nested
  class StageHistory {

    @Test
    void keepsEveryFieldOfAStep() {
      CommunityId community = CommunityId.random();
      StageChange creation = aStageChange().of(community).at(secondsAfterT0(1)).build();
      StageChange activation =
          aStageChange().of(community).from(Stage.PROPOSED, Stage.ACTIVE).by(aPerson()).because(CATALAN).at(secondsAfterT0(2)).build();

      communities.appendStageChange(creation);
      communities.appendStageChange(activation);

      assertThat(communities.stageHistory(community)).containsExactly(creation, activation);
    }

    @Test
    void keepsAReasonOfTheLongestLengthAccepted() {
      StageChange change = aStageChange().because(textOfLength(1000)).build();

      communities.appendStageChange(change);

      assertThat(communities.stageHistory(change.community())).containsExactly(change);
    }

    @Test
    void listsOldestFirstWhateverTheOrderOfAppending() {
      CommunityId community = CommunityId.random();
      StageChange later = aStageChange().of(community).from(Stage.ACTIVE, Stage.DORMANT).at(secondsAfterT0(20)).build();
      StageChange earlier = aStageChange().of(community).from(Stage.PROPOSED, Stage.ACTIVE).at(secondsAfterT0(10)).build();

      communities.appendStageChange(later);
      communities.appendStageChange(earlier);

      assertThat(communities.stageHistory(community)).containsExactly(earlier, later);
    }

    @Test
    void listsStepsAtTheSameInstantInTheOrderAppended() {
      CommunityId community = CommunityId.random();
      Instant sameInstant = secondsAfterT0(5);
      StageChange first = aStageChange().of(community).from(Stage.DORMANT, Stage.ACTIVE).at(sameInstant).build();
      StageChange second = aStageChange().of(community).from(Stage.ACTIVE, Stage.ARCHIVED).at(sameInstant).build();
      StageChange third = aStageChange().of(community).from(Stage.PROPOSED, Stage.ACTIVE).at(sameInstant).build();

      List.of(first, second, third).forEach(communities::appendStageChange);

      assertThat(communities.stageHistory(community)).containsExactly(first, second, third);
    }

    @Test
    void listsOnlyTheStepsOfTheCommunityAsked() {
      StageChange mine = aStageChange().build();
      communities.appendStageChange(mine);
      communities.appendStageChange(aStageChange().build());

      assertThat(communities.stageHistory(mine.community())).containsExactly(mine);
      assertThat(communities.stageHistory(CommunityId.random())).isEmpty();
    }
  }

  private static Community atVersion(Community community, long version) {
    return new Community(
        community.id(),
        community.name(),
        community.domain(),
        community.purpose(),
        community.visibility(),
        community.stage(),
        community.createdBy(),
        community.createdAt(),
        community.lastActivityAt(),
        version);
  }
}
