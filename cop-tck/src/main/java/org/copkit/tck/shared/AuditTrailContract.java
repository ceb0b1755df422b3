package org.copkit.tck.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.tck.shared.SharedFixtures.CATALAN;
import static org.copkit.tck.shared.SharedFixtures.SPANISH;
import static org.copkit.tck.shared.SharedFixtures.aPerson;
import static org.copkit.tck.shared.SharedFixtures.anAuditEntry;
import static org.copkit.tck.shared.SharedFixtures.secondsAfterT0;
import static org.copkit.tck.shared.SharedFixtures.textOfLength;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.CopStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AuditTrail}: entries come back exactly as appended, per scope, oldest
 * first, and entries of the same instant in the order they were appended.
 */
public abstract class AuditTrailContract extends StorageContract {

  private static final String SCOPE = "5f0c2d3e-0000-4000-8000-000000000001";

  private AuditTrail auditTrail;

  /** For subclasses. */
  protected AuditTrailContract() {}

  @BeforeEach
  final void openPorts() {
    auditTrail = eachCallInATransaction(AuditTrail.class, CopStorage::auditTrail);
  }

  @Nested
  class AppendAndList {

    @Test
    void keepsAnEntryByThePlatformAboutNobody() {
      assertRoundTrip(anAuditEntry().inScope(SCOPE).withAction(AuditAction.STAGE_CHANGED).build());
    }

    @Test
    void keepsAnEntryWithActorAndSubject() {
      assertRoundTrip(
          anAuditEntry()
              .inScope(SCOPE)
              .withActor(aPerson())
              .withSubject(aPerson())
              .withDetail("CORE -> PARTICIPANT")
              .withReason(CATALAN)
              .build());
    }

    @Test
    void keepsAnEntryByAnAdministrator() {
      assertRoundTrip(anAuditEntry().inScope(SCOPE).withActor(aPerson()).asAdministrator().withReason(SPANISH).build());
    }

    @Test
    void keepsTextsOfTheLongestLengthAccepted() {
      assertRoundTrip(
          anAuditEntry()
              .inScope(SCOPE)
              .withDetail(textOfLength(500))
              .withReason(textOfLength(2000))
              .build());
      assertRoundTrip(anAuditEntry().inScope(textOfLength(64)).build());
    }

    @Test
    void keepsEveryActionAsItWasAppended() {
      List<AuditEntry> appended = new ArrayList<>();
      for (AuditAction action : AuditAction.values()) {
        appended.add(anAuditEntry().inScope(SCOPE).at(secondsAfterT0(action.ordinal())).withAction(action).build());
      }

      appended.forEach(auditTrail::append);

      assertThat(auditTrail.list(SCOPE, PageRequest.first(AuditAction.values().length)).items())
          .containsExactlyElementsOf(appended);
    }

    private void assertRoundTrip(AuditEntry entry) {
      auditTrail.append(entry);

      assertThat(auditTrail.list(entry.scope(), PageRequest.first(10)).items()).containsExactly(entry);
    }
  }

  @Nested
  class Order {

    @Test
    void listsOldestFirstWhateverTheOrderOfAppending() {
      AuditEntry later = anAuditEntry().inScope(SCOPE).at(secondsAfterT0(20)).withDetail("later").build();
      AuditEntry earlier = anAuditEntry().inScope(SCOPE).at(secondsAfterT0(10)).withDetail("earlier").build();

      auditTrail.append(later);
      auditTrail.append(earlier);

      assertThat(auditTrail.list(SCOPE, PageRequest.first(10)).items()).containsExactly(earlier, later);
    }

    @Test
    void listsEntriesOfTheSameInstantInTheOrderAppended() {
      Instant sameInstant = secondsAfterT0(1);
      List<AuditEntry> appended = new ArrayList<>();
      for (String detail : List.of("C third by name", "A first by name", "B second by name", "D last")) {
        appended.add(anAuditEntry().inScope(SCOPE).at(sameInstant).withDetail(detail).build());
      }

      appended.forEach(auditTrail::append);

      assertThat(auditTrail.list(SCOPE, PageRequest.first(10)).items()).containsExactlyElementsOf(appended);
    }

    @Test
    void listsOnlyTheScopeAsked() {
      AuditEntry mine = anAuditEntry().inScope(SCOPE).build();
      auditTrail.append(mine);
      auditTrail.append(anAuditEntry().inScope("another-scope").build());

      Page<AuditEntry> page = auditTrail.list(SCOPE, PageRequest.first(10));
      Page<AuditEntry> unknown = auditTrail.list("unknown-scope", PageRequest.first(10));

      assertThat(page.items()).containsExactly(mine);
      assertThat(page.total()).isEqualTo(1);
      assertThat(unknown.items()).isEmpty();
      assertThat(unknown.total()).isZero();
    }

    @Test
    void cutsTheTrailIntoPages() {
      List<AuditEntry> appended = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        appended.add(anAuditEntry().inScope(SCOPE).at(secondsAfterT0(i)).withDetail("step " + i).build());
      }
      appended.forEach(auditTrail::append);

      Page<AuditEntry> first = auditTrail.list(SCOPE, PageRequest.first(2));
      Page<AuditEntry> second = auditTrail.list(SCOPE, first.request().next());
      Page<AuditEntry> last = auditTrail.list(SCOPE, second.request().next());

      assertThat(first.items()).containsExactlyElementsOf(appended.subList(0, 2));
      assertThat(second.items()).containsExactlyElementsOf(appended.subList(2, 4));
      assertThat(last.items()).containsExactlyElementsOf(appended.subList(4, 5));
      assertThat(List.of(first, second, last)).extracting(Page::hasNext).containsExactly(true, true, false);
      assertThat(List.of(first, second, last)).extracting(Page::total).containsOnly(5L);
    }
  }
}
