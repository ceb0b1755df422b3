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
    assertThat(new AuditEntry(java.time.Instant.EPOCH, Optional.empty(), false, "s", "A", Optional.empty(), null, null)
        .reason()).isEmpty();
  }
}
