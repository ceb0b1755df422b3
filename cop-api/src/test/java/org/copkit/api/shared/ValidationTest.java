package org.copkit.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void textIsStrippedAndBoundedAndNamesTheField() {
    assertThat(Validation.text("name", "  Mediació  ", 10)).isEqualTo("Mediació");
    assertThatThrownBy(() -> Validation.text("name", "x".repeat(11), 10))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("name");
          assertThat(e.rule()).isEqualTo("must be at most 10 characters");
          assertThat(e).hasMessage("name must be at most 10 characters");
        });
    assertThatThrownBy(() -> Validation.text("name", null, 10))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("is required"));
    assertThatThrownBy(() -> Validation.text("name", "bell\u0007", 10))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("control characters"));
    assertThat(Validation.optionalText("purpose", null, 10)).isEmpty();
  }

  @Test
  void aWebLinkIsEmptyOrAnAbsoluteHttpUrlWithAHost() {
    assertThat(Validation.optionalWebLink("link", null, 50)).isEmpty();
    assertThat(Validation.optionalWebLink("link", "  ", 50)).isEmpty();
    assertThat(Validation.optionalWebLink("link", " https://intranet.example/doc?id=1 ", 50))
        .isEqualTo("https://intranet.example/doc?id=1");
    assertThat(Validation.optionalWebLink("link", "HTTP://intranet.example", 50)).isEqualTo("HTTP://intranet.example");
    for (String bad : List.of("ftp://intranet.example/doc", "javascript:alert(1)", "/relative/doc", "https:///no-host",
        "https://bad host/", "mailto:someone@example.org")) {
      assertThatThrownBy(() -> Validation.optionalWebLink("link", bad, 50)).as(bad)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("link");
            assertThat(e.rule()).isEqualTo("must be an absolute http or https URL");
          });
    }
    assertThatThrownBy(() -> Validation.optionalWebLink("link", "https://intranet.example/" + "x".repeat(30), 50))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("must be at most 50 characters"));
  }

  @Test
  void unknownEnumValuesAreRejectedWithTheAllowedOnes() {
    assertThat(Validation.enumValue("visibility", Visibility.class, " SECRET ")).isEqualTo(Visibility.SECRET);
    assertThatThrownBy(() -> Validation.enumValue("visibility", Visibility.class, "PRIVATE"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("visibility");
          assertThat(e.rule()).isEqualTo("must be one of " + Arrays.toString(Visibility.values()));
        });
  }

  @Test
  void memberIdsAreBounded() {
    assertThat(MemberId.of(" ana ").value()).isEqualTo("ana");
    assertThatThrownBy(() -> MemberId.of("a".repeat(MemberId.MAX_LENGTH + 1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
  }

  @Test
  void anEModeratorIsAlwaysCoreAndEveryMemberHoldsMember() {
    CommunityId community = CommunityId.random();
    Membership expert = new Membership(community, MemberId.of("ana"), Tier.PARTICIPANT, Set.of(Role.EXPERT),
        java.time.Instant.EPOCH, 0);
    assertThat(expert.roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.MEMBER);
    assertThatThrownBy(() -> expert.withRoles(Set.of(Role.E_MODERATOR)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tier"));
  }

  @Test
  void stagesMoveOnlyAlongTheLifecycle() {
    assertThat(Stage.PROPOSED.successors()).containsExactlyInAnyOrder(Stage.ACTIVE, Stage.ARCHIVED);
    assertThat(Stage.ACTIVE.successors()).containsExactlyInAnyOrder(Stage.DORMANT, Stage.ARCHIVED);
    assertThat(Stage.DORMANT.successors()).containsExactlyInAnyOrder(Stage.ACTIVE, Stage.ARCHIVED);
    assertThat(Stage.ARCHIVED.successors()).isEmpty();
    assertThatThrownBy(() -> new ChangeStage(CommunityId.random(), Stage.DORMANT, " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
  }

  @Test
  void pagesKnowWhetherMoreFollows() {
    Page<Integer> first = Page.of(List.of(1, 2, 3, 4, 5), PageRequest.first(2));
    assertThat(first.items()).containsExactly(1, 2);
    assertThat(first.hasNext()).isTrue();
    Page<Integer> last = Page.of(List.of(1, 2, 3, 4, 5), new PageRequest(2, 2));
    assertThat(last.items()).containsExactly(5);
    assertThat(last.hasNext()).isFalse();
    assertThat(Page.of(List.of(1), new PageRequest(3, 2)).items()).isEmpty();
    assertThatThrownBy(() -> new PageRequest(-1, 10))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    assertThat(new AuditEntry(java.time.Instant.EPOCH, Optional.empty(), false, "s", AuditAction.MEMBER_REMOVED, Optional.empty(), null, null)
        .reason()).isEmpty();
  }

  @Test
  void namesRefuseEveryBidirectionalControlAndNameTheField() {
    List<Integer> controls = new java.util.ArrayList<>(List.of(0x200E, 0x200F, 0x061C));
    java.util.stream.IntStream.rangeClosed(0x202A, 0x202E).forEach(controls::add);
    java.util.stream.IntStream.rangeClosed(0x2066, 0x2069).forEach(controls::add);
    for (int control : controls) {
      String spoofed = "Mediaci" + (char) control + "ó";
      assertThatThrownBy(() -> Validation.name("name", spoofed, 50))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.rule()).contains("bidirectional");
          });
      assertThatThrownBy(() -> Validation.optionalName("organisationalUnit", spoofed, 50))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("organisationalUnit"));
      assertThat(Validation.text("reason", spoofed, 50)).isEqualTo(spoofed);
    }
    assertThat(Validation.name("name", " \u0645\u062D\u0627\u0643\u0645 ", 50)).isEqualTo("\u0645\u062D\u0627\u0643\u0645");
    assertThat(Validation.optionalName("organisationalUnit", null, 50)).isEmpty();
  }

  @Test
  void everyNameAndTitleOfThePublicRecordsRefusesAnOverride() {
    String rlo = "exe\u202E.pdf";
    assertRefuses("name", () -> new org.copkit.api.community.CommunityDetails(rlo, "d", "", Visibility.OPEN));
    assertRefuses("domain", () -> new org.copkit.api.community.CommunityDetails("n", rlo, "", Visibility.OPEN));
    assertRefuses("title", () -> org.copkit.api.discussion.StartThread.question(CommunityId.random(), rlo, "b", Set.of()));
    assertRefuses("tags", () -> org.copkit.api.discussion.StartThread.question(CommunityId.random(), "t", "b", Set.of(rlo)));
    assertRefuses("competences", () -> new org.copkit.api.feed.Interests(Set.of(rlo), Set.of()));
    assertRefuses("displayName", () -> new Person(MemberId.of("ana"), rlo, "", false, true));
    assertRefuses("organisationalUnit", () -> new Person(MemberId.of("ana"), "Ana", rlo, false, true));
    assertRefuses("memberId", () -> MemberId.of(rlo));
    assertThat(org.copkit.api.discussion.StartThread.question(CommunityId.random(), "t", rlo, Set.of()).body()).isEqualTo(rlo);
  }

  @Test
  void tagsHaveOneNormalForm() {
    String composed = "Mediaci\u00F3";
    String decomposed = "MEDIACIO\u0301";
    assertThat(Tags.normalize("tags", composed, 40)).isEqualTo("mediaci\u00F3");
    assertThat(Tags.normalize("tags", decomposed, 40)).isEqualTo("mediaci\u00F3");
    assertThat(Tags.normalize("tags", Set.of(composed, " mediació ", decomposed), 3, 40)).containsExactly("mediaci\u00F3");
    assertRefuses("competences", () -> Tags.normalize("competences", Set.of("mediació penal"), 3, 40));
    assertRefuses("competences", () -> Tags.normalize("competences", Set.of("a", "b"), 1, 40));
    assertRefuses("competences", () -> Tags.normalize("competences", "x".repeat(41), 40));
    assertThat(new org.copkit.api.feed.Interests(Set.of(composed), Set.of(decomposed)).competences())
        .isEqualTo(org.copkit.api.discussion.StartThread.question(CommunityId.random(), "t", "b", Set.of(decomposed)).tags());
  }

  private static void assertRefuses(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
