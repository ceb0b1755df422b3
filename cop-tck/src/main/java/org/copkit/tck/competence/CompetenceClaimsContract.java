package org.copkit.tck.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.port.CompetenceClaims;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CompetenceClaims}: a claim comes back with every field; one claim per
 * member, community and competence, under concurrency too; appending an entry moves the claim's
 * version on by one, refuses a stale version and a taken number and leaves nothing behind when
 * refused; histories come back by number with every field; a member's and a community's claims are
 * listed oldest first.
 */
public abstract class CompetenceClaimsContract extends StorageContract {

  private static final CompetenceLevel COLLABORATING = CompetenceLevel.of("digcomp@2.2#2.4", 3);
  private static final CompetenceLevel SAFETY = CompetenceLevel.of("digcomp@2.2#4.1", 5);

  private final CommunityId community = CommunityId.random();
  private final MemberId marta = MemberId.of("marta-Núria");
  private final MemberId laia = MemberId.of("laia");
  private CompetenceClaims claims;

  /** For subclasses. */
  protected CompetenceClaimsContract() {}

  @BeforeEach
  final void openPorts() {
    claims = eachCallInATransaction(CompetenceClaims.class, storage -> storage.competenceClaims());
  }

  private static ClaimEntry first(CompetenceClaim claim) {
    return new ClaimEntry(claim.id(), 1, ClaimEntryKind.SELF_ASSESSED, claim.member(), claim.level(), CATALAN, "",
        claim.claimedAt());
  }

  private static CompetenceClaim claim(MemberId member, CommunityId community, CompetenceLevel level, Instant at) {
    return CompetenceClaim.first(member, community, level, at);
  }

  private static ClaimEntry next(CompetenceClaim claim, ClaimEntryKind kind, MemberId actor, int level, long seconds) {
    return new ClaimEntry(claim.id(), claim.entries() + 1, kind, actor, level, "Ho he vist a la sessió · " + kind,
        "https://evidence.example.org/cas?n=" + seconds, secondsAfterT0(seconds));
  }

  @Nested
  class Claims {

    @Test
    void findsAClaimWithEveryFieldAsAddedByIdAndByItsKey() {
      CompetenceClaim claim = claim(marta, community, COLLABORATING, secondsAfterT0(1));

      claims.add(claim, first(claim));

      assertThat(claims.find(claim.id())).contains(claim);
      assertThat(claims.find(marta, community, COLLABORATING.competence())).contains(claim);
      assertThat(claims.find(marta, community, SAFETY.competence())).isEmpty();
      assertThat(claims.find(MemberId.of("marta-nuria"), community, COLLABORATING.competence()))
          .as("member IDs compare as exact text").isEmpty();
      assertThat(claims.find(ClaimId.random())).isEmpty();
      assertThat(claims.history(claim.id())).containsExactly(first(claim));
    }

    @Test
    void keepsOneClaimPerMemberCommunityAndCompetence() {
      CompetenceClaim claim = claim(marta, community, COLLABORATING, secondsAfterT0(1));
      claims.add(claim, first(claim));
      CompetenceClaim again = claim(marta, community, CompetenceLevel.of("digcomp@2.2#2.4", 5), secondsAfterT0(2));

      assertConflict(ConflictException.Kind.DUPLICATE, () -> claims.add(claim, first(claim)));
      assertConflict(ConflictException.Kind.DUPLICATE, () -> claims.add(again, first(again)));

      assertThat(claims.find(again.id())).as("a refused claim leaves nothing").isEmpty();
      assertThat(claims.history(again.id())).isEmpty();
      CompetenceClaim elsewhere = claim(marta, CommunityId.random(), COLLABORATING, secondsAfterT0(3));
      CompetenceClaim someoneElse = claim(laia, community, COLLABORATING, secondsAfterT0(4));
      claims.add(elsewhere, first(elsewhere));
      claims.add(someoneElse, first(someoneElse));
      assertThat(claims.find(elsewhere.id())).contains(elsewhere);
      assertThat(claims.find(someoneElse.id())).contains(someoneElse);
    }

    @Test
    void listsAMembersAndACommunitysClaimsOldestFirst() {
      CompetenceClaim later = claim(marta, community, SAFETY, secondsAfterT0(20));
      CompetenceClaim earlier = claim(marta, community, COLLABORATING, secondsAfterT0(10));
      CompetenceClaim elsewhere = claim(marta, CommunityId.random(), COLLABORATING, secondsAfterT0(15));
      CompetenceClaim laias = claim(laia, community, COLLABORATING, secondsAfterT0(5));
      for (CompetenceClaim c : List.of(later, earlier, elsewhere, laias)) {
        claims.add(c, first(c));
      }

      assertThat(claims.ofMember(marta)).containsExactly(earlier, elsewhere, later);
      assertThat(claims.ofMember(MemberId.of("nobody"))).isEmpty();
      assertThat(claims.inCommunity(community, PageRequest.first(2)).items()).containsExactly(laias, earlier);
      assertThat(claims.inCommunity(community, PageRequest.first(2)).total()).isEqualTo(3);
      assertThat(claims.inCommunity(community, PageRequest.first(2).next()).items()).containsExactly(later);
    }
  }

  @Nested
  class Histories {

    @Test
    void appendsEntriesInOrderAndMovesTheVersionOnByOne() {
      CompetenceClaim claim = claim(marta, community, COLLABORATING, secondsAfterT0(1));
      claims.add(claim, first(claim));

      ClaimEntry endorsed = next(claim, ClaimEntryKind.ENDORSED, laia, 3, 60);
      CompetenceClaim afterEndorsement = claims.append(claim.after(endorsed), endorsed);
      ClaimEntry raised = next(afterEndorsement, ClaimEntryKind.SELF_ASSESSED, marta, 5, 120);
      CompetenceClaim afterRaise = claims.append(afterEndorsement.after(raised), raised);
      ClaimEntry validated = next(afterRaise, ClaimEntryKind.VALIDATED, MemberId.of("jordi"), 4, 180);
      CompetenceClaim afterValidation = claims.append(afterRaise.after(validated), validated);

      assertThat(afterValidation.version()).isEqualTo(3);
      assertThat(afterValidation.level()).isEqualTo(5);
      assertThat(afterValidation.endorsed()).contains(3);
      assertThat(afterValidation.endorsements()).isEqualTo(1);
      assertThat(afterValidation.validated()).contains(4);
      assertThat(afterValidation.entries()).isEqualTo(4);
      assertThat(afterValidation.updatedAt()).isEqualTo(secondsAfterT0(180));
      assertThat(claims.find(claim.id())).contains(afterValidation);
      assertThat(claims.history(claim.id())).containsExactly(first(claim), endorsed, raised, validated);
    }

    @Test
    void refusesAStaleVersionAndKeepsTheHistoryAsItWas() {
      CompetenceClaim claim = claim(marta, community, COLLABORATING, secondsAfterT0(1));
      claims.add(claim, first(claim));
      ClaimEntry endorsed = next(claim, ClaimEntryKind.ENDORSED, laia, 3, 60);
      CompetenceClaim stored = claims.append(claim.after(endorsed), endorsed);

      ClaimEntry concurrent = next(claim, ClaimEntryKind.ENDORSED, MemberId.of("oriol"), 3, 61);
      assertConflict(ConflictException.Kind.STALE_VERSION, () -> claims.append(claim.after(concurrent), concurrent));

      assertThat(claims.find(claim.id())).contains(stored);
      assertThat(claims.history(claim.id())).containsExactly(first(claim), endorsed);
      CompetenceClaim never = claim(laia, community, COLLABORATING, secondsAfterT0(2));
      ClaimEntry orphan = next(never, ClaimEntryKind.ENDORSED, marta, 3, 62);
      assertThatThrownBy(() -> claims.append(never.after(orphan), orphan)).isInstanceOf(NotFoundException.class);
      assertThat(claims.history(never.id())).isEmpty();
    }
  }

  /**
   * Many threads append to one claim at once, each reading it afresh and retrying when it lost:
   * every entry is kept, numbered without gaps, and the claim counts them all. A lost update
   * would leave a gap, a duplicate number or a short count.
   */
  @Nested
  class UnderConcurrency {

    @Test
    void keepsEveryEntryOfConcurrentAppendsWithoutGaps() throws Exception {
      int threads = 8;
      CompetenceClaim claim = claim(marta, community, COLLABORATING, secondsAfterT0(1));
      claims.add(claim, first(claim));
      AtomicInteger conflicts = new AtomicInteger();

      Race.run(threads, thread -> {
        MemberId endorser = MemberId.of("peer-" + thread);
        while (true) {
          try {
            inTransaction(() -> {
              CompetenceClaim current = store().competenceClaims().find(claim.id()).orElseThrow();
              ClaimEntry entry = next(current, ClaimEntryKind.ENDORSED, endorser, 3, 100 + thread);
              store().competenceClaims().append(current.after(entry), entry);
            });
            return;
          } catch (ConflictException lost) {
            conflicts.incrementAndGet();
          }
        }
      });

      CompetenceClaim stored = claims.find(claim.id()).orElseThrow();
      List<ClaimEntry> history = claims.history(claim.id());
      assertThat(stored.entries()).isEqualTo(threads + 1);
      assertThat(stored.endorsements()).isEqualTo(threads);
      assertThat(history).extracting(ClaimEntry::number).containsExactlyElementsOf(
          java.util.stream.IntStream.rangeClosed(1, threads + 1).boxed().toList());
      assertThat(history).extracting(ClaimEntry::actor).doesNotHaveDuplicates();
    }

    @Test
    void keepsOneClaimWhenManyThreadsClaimTheSameCompetence() throws Exception {
      int threads = 8;
      AtomicInteger added = new AtomicInteger();
      CompetenceRef competence = COLLABORATING.competence();

      Race.run(threads, thread -> {
        CompetenceClaim claim = claim(marta, community, new CompetenceLevel(competence, 1 + thread), secondsAfterT0(thread));
        try {
          inTransaction(() -> store().competenceClaims().add(claim, first(claim)));
          added.incrementAndGet();
        } catch (ConflictException taken) {
          assertThat(taken.kind()).isEqualTo(ConflictException.Kind.DUPLICATE);
        }
      });

      assertThat(added.get()).isEqualTo(1);
      assertThat(claims.ofMember(marta)).hasSize(1);
      CompetenceClaim kept = claims.ofMember(marta).get(0);
      assertThat(claims.history(kept.id())).hasSize(1);
    }
  }
}
