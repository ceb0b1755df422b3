package org.copkit.examples;

import java.util.List;
import java.util.function.Consumer;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;

/**
 * A short Compartim-like story, told through the public API: a community of practice is proposed
 * and activated, a core working group and a periphery join, a request is approved, a member is
 * promoted to the working group and an outsider is refused. Each step prints one readable line.
 */
public final class CompartimStory {

  /** The programme's coordinator, a platform administrator. */
  public static final MemberId NURIA = MemberId.of("nuria.ferrer");
  /** The e-moderator who leads the working group. */
  public static final MemberId JORDI = MemberId.of("jordi.casals");
  /** Core working group members. */
  public static final MemberId MARTA = MemberId.of("marta.roca");
  /** Core working group members. */
  public static final MemberId PERE = MemberId.of("pere.vives");
  /** Periphery participants. */
  public static final MemberId LAIA = MemberId.of("laia.pons");
  /** Periphery participants. */
  public static final MemberId ORIOL = MemberId.of("oriol.serra");
  /** Someone from outside the community. */
  public static final MemberId XAVIER = MemberId.of("xavier.mas");

  private final CopPlatform platform;
  private final InMemoryDirectory directory;
  private final Consumer<String> out;

  /**
   * @param platform a platform built on {@link #directory()} with automatic activation off
   * @param out where the story's lines go
   */
  CompartimStory(CopPlatform platform, Consumer<String> out) {
    this.platform = platform;
    this.directory = directory();
    this.out = out;
  }

  /** @return the people of the story, as the Justice Department's directory knows them */
  public static InMemoryDirectory directory() {
    return InMemoryDirectory.of(
        new Person(NURIA, "Núria Ferrer", "Centre d'Estudis Jurídics", true, true),
        Person.active(JORDI, "Jordi Casals", "Servei de Mediació Penal"),
        Person.active(MARTA, "Marta Roca", "Servei de Mediació Penal"),
        Person.active(PERE, "Pere Vives", "Jutjats de Girona"),
        Person.active(LAIA, "Laia Pons", "Oficina d'Atenció a la Víctima"),
        Person.active(ORIOL, "Oriol Serra", "Centre Penitenciari Brians"),
        Person.active(XAVIER, "Xavier Mas", "Registre Civil"));
  }

  /**
   * Tells the story.
   *
   * @return the community it created
   */
  public Community tell() {
    Community cop = platform.lifecycle().create(JORDI, new CommunityDetails(
        "Mediació penal", "Victim-offender mediation in criminal cases",
        "Share cases, draft a good-practice guide, train new mediators", Visibility.CLOSED));
    say("%s proposed «%s» (%s): %s", name(JORDI), cop.name(), cop.visibility(), cop.stage());

    cop = platform.lifecycle().changeStage(NURIA, new ChangeStage(cop.id(), Stage.ACTIVE, "approved by the programme"));
    say("%s activated it: %s", name(NURIA), cop.stage());

    for (MemberId member : List.of(MARTA, PERE)) {
      Invitation invitation = platform.joining().invite(JORDI, new Invite(cop.id(), member, Tier.CORE, "Join the working group"));
      Membership joined = platform.joining().accept(member, invitation.id());
      say("%s accepted the invitation to the working group: %s", name(member), joined.tier());
    }

    for (MemberId member : List.of(LAIA, ORIOL)) {
      JoinOutcome outcome = platform.joining().join(member, cop.id(), "I would like to follow the work");
      if (outcome instanceof JoinOutcome.Requested requested) {
        say("%s asked to join", name(member));
        Membership approved = platform.joining().approve(JORDI, new ApproveRequest(requested.request().id(), Tier.PARTICIPANT));
        say("%s approved %s's request: %s", name(JORDI), name(member), approved.tier());
      }
    }

    Membership promoted = platform.memberAdministration()
        .changeTier(JORDI, new ChangeTier(cop.id(), LAIA, Tier.CORE, "drafts the guide's chapter on victims"));
    say("%s promoted %s to the working group: %s", name(JORDI), name(LAIA), promoted.tier());

    try {
      platform.communityQueries().members(XAVIER, MemberSearch.all(cop.id(), PageRequest.first(10)));
    } catch (CopException refused) {
      say("%s, an outsider, was refused the member list: %s", name(XAVIER), refused.getMessage());
    }

    for (Tier tier : Tier.values()) {
      List<String> names = platform.communityQueries()
          .members(JORDI, new MemberSearch(cop.id(), java.util.Optional.of(tier), java.util.Optional.empty(), PageRequest.first(50)))
          .items().stream().map(m -> name(m.member())).toList();
      say("%s: %s", tier, names.isEmpty() ? "nobody" : String.join(", ", names));
    }

    List<AuditEntry> audit = platform.communityQueries().auditTrail(NURIA, cop.id(), PageRequest.first(50)).items();
    say("The audit trail holds %d entries; the last one: %s %s", audit.size(),
        audit.get(audit.size() - 1).action(), audit.get(audit.size() - 1).detail());
    return platform.communityQueries().community(JORDI, cop.id());
  }

  private String name(MemberId id) {
    return directory.find(id).map(Person::displayName).orElse(id.value());
  }

  private void say(String format, Object... args) {
    out.accept(String.format(format, args));
  }
}
