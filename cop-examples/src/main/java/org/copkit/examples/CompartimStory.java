package org.copkit.examples;

import java.util.List;
import java.util.Set;
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
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
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
 * promoted to the working group and an outsider is refused; then the e-moderator announces, a
 * newcomer's question is pre-moderated, answered and accepted, a vendor rule holds a post with a
 * national ID number, a member flags an off-topic reply and the e-moderator decides. Each step
 * prints one readable line.
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

    talk(cop);
    new ProductionStory(platform, out, this::name).tell(cop);

    List<AuditEntry> audit = platform.communityQueries().auditTrail(NURIA, cop.id(), PageRequest.first(100)).items();
    say("The audit trail holds %d entries; the last one: %s %s", audit.size(),
        audit.get(audit.size() - 1).action(), audit.get(audit.size() - 1).detail());
    return platform.communityQueries().community(JORDI, cop.id());
  }

  /** A thread, a question answered and accepted, a rule at work, a flag and the e-moderator's decisions. */
  private void talk(Community cop) {
    PostOutcome.Published announcement = (PostOutcome.Published) platform.discussions().start(JORDI, new StartThread(
        cop.id(), ThreadKind.ANNOUNCEMENT, Audience.COMMUNITY, "Calendari de la guia",
        "Ens trobem el **dijous 12** per repartir els capítols.", Set.of("guia")));
    say("%s announced «%s»", name(JORDI), announcement.thread().title());

    PostOutcome asked = platform.discussions().start(ORIOL, StartThread.question(cop.id(),
        "Es pot derivar a mediació un cas de violència domèstica?", "Tinc un cas al centre i no ho veig clar.",
        Set.of("derivació")));
    if (asked instanceof PostOutcome.Held held) {
      say("%s asked a question; it waits for an e-moderator (%s)", name(ORIOL), held.reason());
      decideFirst(cop, new Decision.Approve());
      say("%s approved it", name(JORDI));
    }
    DiscussionThread question = thread(asked);
    Post answer = ((PostOutcome.Published) platform.discussions().reply(MARTA, Reply.to(question.id(),
        "No: la llei exclou la mediació en violència sobre la dona (art. 87 ter LOPJ)."))).post();
    platform.discussions().acceptAnswer(ORIOL, question.id(), answer.id());
    say("%s answered and %s accepted the answer", name(MARTA), name(ORIOL));

    PostOutcome leak = platform.discussions().reply(LAIA, Reply.to(question.id(),
        "Tinc un cas semblant: l'interessat, amb DNI 12345678Z, també ho demana."));
    if (leak instanceof PostOutcome.Held held) {
      say("%s's reply was held: %s", name(LAIA), held.reason());
      decideFirst(cop, new Decision.EditAndApprove("Tinc un cas semblant: l'interessat també ho demana.",
          "No publiquem números de DNI"));
      say("%s removed the number and published it", name(JORDI));
    }

    Post offTopic = ((PostOutcome.Published) platform.discussions().reply(ORIOL, Reply.to(question.id(),
        "Algú ven entrades per al partit de diumenge?"))).post();
    platform.moderation().flag(LAIA, new RaiseFlag(cop.id(), new ModerationSubject.OfPost(offTopic.id()),
        FlagReason.OFF_TOPIC, "Res a veure amb la mediació"));
    say("%s flagged a reply of %s as off-topic", name(LAIA), name(ORIOL));
    decideFirst(cop, new Decision.Reject("Aquesta comunitat tracta de mediació penal; fes servir el tauler d'anuncis"));
    say("%s hid it, with a statement of reasons for %s", name(JORDI), name(ORIOL));
  }

  private DiscussionThread thread(PostOutcome outcome) {
    DiscussionThread thread = outcome instanceof PostOutcome.Held held
        ? held.thread()
        : ((PostOutcome.Published) outcome).thread();
    return platform.discussionQueries().thread(JORDI, thread.id(), PageRequest.first(1)).thread();
  }

  private void decideFirst(Community cop, Decision decision) {
    ReviewItem item = platform.moderationQueries().queue(JORDI, cop.id(), PageRequest.first(1)).items().get(0);
    platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), decision));
  }

  private String name(MemberId id) {
    return directory.find(id).map(Person::displayName).orElse(id.value());
  }

  private void say(String format, Object... args) {
    out.accept(String.format(format, args));
  }
}
