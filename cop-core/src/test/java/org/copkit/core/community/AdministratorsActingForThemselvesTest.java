package org.copkit.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

/**
 * The audit trail says an administrator used administrator powers only when they did: what they do
 * for themselves (joining, accepting or declining their own invitation, leaving) is recorded as any
 * member's, while what they do to others where they are no e-moderator is recorded as theirs.
 */
class AdministratorsActingForThemselvesTest {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId NURIA = MemberId.of("nuria");
  private static final MemberId LAIA = MemberId.of("laia");

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final CopPlatform platform = CopPlatform.builder()
      .storage(storage)
      .directory(InMemoryDirectory.of(
          Person.active(JORDI, "Jordi Casals", "Mediació"),
          new Person(NURIA, "Núria Puig", "Sistemes", true, true),
          Person.active(LAIA, "Laia Serra", "Mediació")))
      .build();

  @Test
  void anAdministratorWhoAcceptsTheirOwnInvitationAndLeavesUsesNoPowers() {
    Community closed = platform.lifecycle().create(JORDI, new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.CLOSED));
    var invitation = platform.joining().invite(JORDI, new Invite(closed.id(), NURIA, Tier.PARTICIPANT, ""));

    platform.joining().accept(NURIA, invitation.id());
    platform.joining().leave(NURIA, closed.id());

    assertThat(entries(closed, NURIA)).as("acting for oneself is no use of administrator powers")
        .extracting(AuditEntry::action, AuditEntry::asAdministrator)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_JOINED, false),
            org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_LEFT, false));
  }

  @Test
  void anAdministratorWhoDeclinesTheirOwnInvitationOrJoinsAnOpenCommunityUsesNoPowers() {
    Community closed = platform.lifecycle().create(JORDI, new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.CLOSED));
    Community open = platform.lifecycle().create(JORDI, new CommunityDetails("Mediació penal", "Mediació", "", Visibility.OPEN));
    var invitation = platform.joining().invite(JORDI, new Invite(closed.id(), NURIA, Tier.PARTICIPANT, ""));

    platform.joining().declineInvitation(NURIA, invitation.id());
    platform.joining().join(NURIA, open.id(), "");

    assertThat(entries(closed, NURIA)).extracting(AuditEntry::asAdministrator).containsExactly(false);
    assertThat(entries(open, NURIA)).extracting(AuditEntry::asAdministrator).containsExactly(false);
  }

  @Test
  void anAdministratorWhoRemovesSomeoneElseUsesTheirPowers() {
    Community open = platform.lifecycle().create(JORDI, new CommunityDetails("Mediació penal", "Mediació", "", Visibility.OPEN));
    platform.joining().join(LAIA, open.id(), "");

    platform.memberAdministration().remove(NURIA, new RemoveMember(open.id(), LAIA, "Baixa de l'organisme"));

    assertThat(entries(open, NURIA)).extracting(AuditEntry::action, AuditEntry::asAdministrator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_REMOVED, true));
  }

  private List<AuditEntry> entries(Community community, MemberId actor) {
    return storage.auditTrail().list(community.id().toString(), PageRequest.first(50)).items().stream()
        .filter(entry -> entry.actor().filter(actor::equals).isPresent())
        .toList();
  }
}
