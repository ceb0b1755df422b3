package org.copkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.analytics.ParticipationScene.JORDI;
import static org.copkit.core.analytics.ParticipationScene.LAIA;
import static org.copkit.core.analytics.ParticipationScene.NURIA;
import static org.copkit.core.analytics.ParticipationScene.ORIOL;
import static org.copkit.core.analytics.ParticipationScene.PERE;
import static org.copkit.core.analytics.ParticipationScene.W;
import static org.copkit.core.analytics.ParticipationScene.XAVIER;

import org.copkit.api.analytics.ParticipantSearch;
import org.copkit.api.analytics.ParticipationReports;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may read what: aggregate figures for whoever may read the community, each member's class for
 * its e-moderators and administrators only, one's own class for members, the platform for
 * administrators. Deny by default.
 */
class ParticipationAuthorizationTest {

  @Nested
  class OpenCommunity {

    private final ParticipationScene scene = new ParticipationScene(Visibility.OPEN);
    private final ParticipationReports reports = scene.platform.participationReports();
    private final CommunityId community = scene.community.id();

    @Test
    void showsTheAggregateFiguresToEveryoneWhoMayReadIt() {
      for (MemberId reader : new MemberId[] {JORDI, LAIA, PERE, XAVIER, NURIA}) {
        assertThat(reports.community(reader, community, W).participation().members()).as(reader.value()).isEqualTo(5);
      }
    }

    @Test
    void showsEachMembersClassToItsEModeratorsAndAdministratorsOnly() {
      ParticipantSearch everyone = ParticipantSearch.everyone(community, W, PageRequest.first(10));

      assertThat(reports.participants(JORDI, everyone).total()).isEqualTo(5);
      assertThat(reports.participants(NURIA, everyone).total()).isEqualTo(5);
      for (MemberId other : new MemberId[] {LAIA, ORIOL, PERE, XAVIER}) {
        assertThatThrownBy(() -> reports.participants(other, everyone)).as(other.value())
            .isInstanceOfSatisfying(AccessDeniedException.class, denied -> assertThat(denied.actor()).isEqualTo(other));
      }
    }

    @Test
    void tellsMembersTheirOwnClassAndNobodyElseTheirs() {
      assertThat(reports.own(LAIA, community, W).member()).isEqualTo(LAIA);
      assertThatThrownBy(() -> reports.own(XAVIER, community, W)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> reports.own(NURIA, community, W)).as("an administrator who is no member")
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void tellsAMemberWhoJoinedAfterTheWindowThatTheyHaveNoClassInIt() {
      assertThatThrownBy(() -> reports.own(ORIOL, community, ParticipationScene.window("2026-03-01T00:00:00Z",
          "2026-04-01T00:00:00Z"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void showsThePlatformToAdministratorsOnly() {
      assertThat(reports.platform(NURIA, W).participation().members()).isEqualTo(5);
      assertThatThrownBy(() -> reports.platform(JORDI, W)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> reports.platform(XAVIER, W)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesPeopleTheDirectoryDoesNotKnow() {
      MemberId stranger = MemberId.of("stranger");

      assertThatThrownBy(() -> reports.community(stranger, community, W)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> reports.platform(stranger, W)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reportsAMissingCommunityAsMissing() {
      assertThatThrownBy(() -> reports.community(NURIA, CommunityId.random(), W)).isInstanceOf(NotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Visibility.class, names = {"CLOSED", "SECRET"})
  void showsAClosedOrSecretCommunitysFiguresToItsMembersAndAdministrators(Visibility visibility) {
    ParticipationScene scene = new ParticipationScene(visibility);
    ParticipationReports reports = scene.platform.participationReports();

    assertThat(reports.community(PERE, scene.community.id(), W).participation().contributions()).isEqualTo(7);
    assertThat(reports.community(NURIA, scene.community.id(), W).participation().contributions()).isEqualTo(7);
  }

  @Test
  void refusesAClosedCommunitysFiguresToOutsidersWhoSeeItListed() {
    ParticipationScene scene = new ParticipationScene(Visibility.CLOSED);

    assertThatThrownBy(() -> scene.platform.participationReports().community(XAVIER, scene.community.id(), W))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void hidesASecretCommunityFromOutsidersAsIfItDidNotExist() {
    ParticipationScene scene = new ParticipationScene(Visibility.SECRET);
    ParticipationReports reports = scene.platform.participationReports();
    CommunityId secret = scene.community.id();

    assertThatThrownBy(() -> reports.community(XAVIER, secret, W))
        .isInstanceOfSatisfying(NotFoundException.class, missing -> assertThat(missing.id()).isEqualTo(secret.toString()));
    assertThatThrownBy(() -> reports.participants(XAVIER, ParticipantSearch.everyone(secret, W, PageRequest.first(5))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> reports.own(XAVIER, secret, W)).isInstanceOf(NotFoundException.class);
  }
}
