package org.copkit.core;

import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.DomainEvent;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;

/**
 * A CLOSED community (no pre-moderation) with something pending or written for every kind of
 * write — a join request, an invitation, a question with a reply and a reaction, an activity —
 * and a second, OPEN community with a thread to move; {@link #writes()} names each write a
 * member, an e-moderator or an administrator can make there.
 */
public final class WriteScene {

  /** A person in the directory who belongs to no community. */
  public static final MemberId ANNA = MemberId.of("anna");
  /** A person in the directory invited to the CLOSED community. */
  public static final MemberId BIEL = MemberId.of("biel");

  public final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  public final CopPlatform platform = scene.platform;
  public final Community community = scene.community;
  public final Community elsewhere;
  public final JoinRequest request;
  public final Invitation invitation;
  public final DiscussionThread question;
  public final Post answer;
  public final DiscussionThread movable;
  public final ActivityId activity;

  public WriteScene() {
    scene.directory.put(Person.active(ANNA, "Anna Puig", "Mediació"));
    scene.directory.put(Person.active(BIEL, "Biel Vidal", "Víctimes"));
    request = ((JoinOutcome.Requested) platform.joining().join(XAVIER, community.id(), "m'agradaria participar")).request();
    invitation = platform.joining().invite(JORDI, new Invite(community.id(), BIEL, Tier.PARTICIPANT, ""));
    platform.memberAdministration().grantRole(JORDI, new ChangeRole(community.id(), MARTA, Role.EXPERT));
    question = ((PostOutcome.Published) platform.discussions()
        .start(MARTA, StartThread.question(community.id(), "Pregunta", "Com ho feu?", Set.of("protocol")))).thread();
    answer = ((PostOutcome.Published) platform.discussions().reply(LAIA, Reply.to(question.id(), "Així"))).post();
    platform.discussions().react(MARTA, answer.id(), Reaction.HELPFUL);
    elsewhere = platform.lifecycle().create(JORDI, new CommunityDetails("Justícia juvenil", "Menors", "", Visibility.OPEN));
    movable = ((PostOutcome.Published) platform.discussions()
        .start(JORDI, StartThread.discussion(elsewhere.id(), "Per moure", "Cos"))).thread();
    activity = ActivityId.random();
    platform.activities().publish(MARTA, new Activity(activity, community.id(), MARTA, ActivityKind.OUTPUT,
        scene.clock.instant(), 0, 0, Set.of(), CopComponent.PRODUCTION, Audience.COMMUNITY));
    scene.clock.advance(Duration.ofMinutes(5));
  }

  /** Moves the CLOSED community to a stage, as an administrator. */
  public void moveTo(Stage stage) {
    platform.lifecycle().changeStage(NURIA, new ChangeStage(community.id(), stage, "the work is done"));
  }

  /** @return the CLOSED community as stored now */
  public Community now() {
    return scene.storage.communities().find(community.id()).orElseThrow();
  }

  private int eventsAtMark;
  private int auditAtMark;

  /** Remembers how far the event log and the audit trail (of both communities) go now. */
  public void mark() {
    eventsAtMark = scene.events.events().size();
    auditAtMark = audited().size();
  }

  /** @return the audit entries of both communities written since the mark, oldest first */
  public List<AuditEntry> auditedSinceMark() {
    List<AuditEntry> all = audited();
    return all.subList(auditAtMark, all.size());
  }

  /** @return the events published since the mark, in order */
  public List<DomainEvent> publishedSinceMark() {
    List<DomainEvent> all = scene.events.events();
    return all.subList(eventsAtMark, all.size());
  }

  private List<AuditEntry> audited() {
    List<AuditEntry> entries = new java.util.ArrayList<>();
    entries.addAll(scene.storage.auditTrail().list(community.id().toString(), PageRequest.first(200)).items());
    entries.addAll(scene.storage.auditTrail().list(elsewhere.id().toString(), PageRequest.first(200)).items());
    entries.sort(java.util.Comparator.comparing(AuditEntry::at));
    return entries;
  }

  /** What a refused write must leave as it was. */
  public List<Object> snapshot() {
    return List.of(
        scene.events.events().size(),
        scene.storage.auditTrail().list(community.id().toString(), PageRequest.first(200)).items(),
        scene.storage.auditTrail().list(elsewhere.id().toString(), PageRequest.first(200)).items(),
        scene.storage.memberships().list(community.id(), java.util.Optional.empty(), java.util.Optional.empty(), PageRequest.first(200)).items(),
        scene.storage.ruleSwitches().of(community.id()),
        scene.storage.threads().find(question.id()).orElseThrow(),
        scene.storage.threads().find(movable.id()).orElseThrow(),
        scene.storage.posts().find(answer.id()).orElseThrow(),
        scene.storage.joinRequests().find(request.id()).orElseThrow(),
        scene.storage.invitations().find(invitation.id()).orElseThrow());
  }

  /** Every write that a member, an e-moderator or an administrator can make in a community. */
  public static Map<String, Consumer<WriteScene>> writes() {
    Map<String, Consumer<WriteScene>> writes = new LinkedHashMap<>();
    writes.put("join", s -> s.platform.joining().join(ANNA, s.community.id(), ""));
    writes.put("approve a request", s -> s.platform.joining().approve(JORDI, new ApproveRequest(s.request.id(), Tier.PARTICIPANT)));
    writes.put("decline a request", s -> s.platform.joining().decline(JORDI, new DeclineRequest(s.request.id(), "no")));
    writes.put("invite", s -> s.platform.joining().invite(JORDI, new Invite(s.community.id(), ANNA, Tier.CORE, "")));
    writes.put("accept an invitation", s -> s.platform.joining().accept(BIEL, s.invitation.id()));
    writes.put("leave", s -> s.platform.joining().leave(LAIA, s.community.id()));
    writes.put("remove a member", s -> s.platform.memberAdministration().remove(JORDI, new RemoveMember(s.community.id(), LAIA, "ha marxat")));
    writes.put("change a tier", s -> s.platform.memberAdministration().changeTier(JORDI, new ChangeTier(s.community.id(), LAIA, Tier.CORE, "")));
    writes.put("grant a role", s -> s.platform.memberAdministration().grantRole(JORDI, new ChangeRole(s.community.id(), LAIA, Role.EXPERT)));
    writes.put("revoke a role", s -> s.platform.memberAdministration().revokeRole(JORDI, new ChangeRole(s.community.id(), MARTA, Role.EXPERT)));
    writes.put("update the details", s -> s.platform.lifecycle().update(JORDI, new UpdateCommunity(s.community.id(), s.now().version(),
        new CommunityDetails("Mediació", "Mediació penal", "", Visibility.CLOSED))));
    writes.put("record activity", s -> s.platform.lifecycle().recordActivity(LAIA, s.community.id()));
    writes.put("start a thread", s -> s.platform.discussions().start(MARTA, StartThread.discussion(s.community.id(), "Nou", "Cos")));
    writes.put("reply", s -> s.platform.discussions().reply(MARTA, Reply.to(s.question.id(), "Una altra")));
    writes.put("edit one's post", s -> s.platform.discussions().edit(LAIA, new EditPost(s.answer.id(), s.answer.version(), "Així no", "")));
    writes.put("edit as a moderator", s -> s.platform.discussions().edit(JORDI, new EditPost(s.answer.id(), s.answer.version(), "Editat", "to")));
    writes.put("react", s -> s.platform.discussions().react(JORDI, s.answer.id(), Reaction.THANKS));
    writes.put("unreact", s -> s.platform.discussions().unreact(MARTA, s.answer.id(), Reaction.HELPFUL));
    writes.put("accept an answer", s -> s.platform.discussions().acceptAnswer(MARTA, s.question.id(), s.answer.id()));
    writes.put("change one's thread's competences", s -> s.platform.discussions().changeCompetences(MARTA, s.question.id(),
        Set.of(org.copkit.api.competence.CompetenceRef.of("digcomp@2.2#1.1"))));
    writes.put("change a thread's competences as a moderator", s -> s.platform.discussions().changeCompetences(JORDI,
        s.question.id(), Set.of(org.copkit.api.competence.CompetenceRef.of("digcomp@2.2#2.4"))));
    writes.put("pin", s -> s.platform.discussions().pin(JORDI, s.question.id(), true));
    writes.put("lock", s -> s.platform.discussions().changeStatus(JORDI, s.question.id(), new ThreadStatusChange.Lock("prou")));
    writes.put("move a thread in", s -> s.platform.discussions().move(NURIA, s.movable.id(), s.community.id(), "hi pertany"));
    writes.put("flag a post", s -> s.platform.moderation().flag(MARTA,
        new RaiseFlag(s.community.id(), new ModerationSubject.OfPost(s.answer.id()), FlagReason.SPAM, "")));
    writes.put("mute", s -> s.platform.moderation().mute(JORDI, new MuteMember(s.community.id(), LAIA, Duration.ofDays(1), "calma")));
    writes.put("configure moderation", s -> s.platform.moderation().configure(JORDI, s.community.id(), ConversationScene.UNMODERATED));
    writes.put("switch a moderation rule", s -> s.platform.moderation().switchRule(JORDI, s.community.id(), "newcomer-links", false));
    writes.put("publish an activity", s -> s.platform.activities().publish(MARTA, new Activity(ActivityId.random(), s.community.id(), MARTA,
        ActivityKind.OUTPUT, s.scene.clock.instant(), 0, 0, Set.of(), CopComponent.PRODUCTION, Audience.COMMUNITY)));
    writes.put("engage with an activity", s -> s.platform.activities().record(LAIA, new Interaction(s.activity, Interaction.Kind.REACTED)));
    return writes;
  }

  /**
   * @return every write of {@link #writes()}, and the changes that need what those writes leave
   *     alone: withdrawals, declined and revoked invitations, stage changes, thread status
   *     changes, and each decision on a flagged post
   */
  public static Map<String, Consumer<WriteScene>> changes() {
    Map<String, Consumer<WriteScene>> changes = new LinkedHashMap<>(writes());
    changes.put("withdraw a request", s -> s.platform.joining().withdraw(XAVIER, s.request.id()));
    changes.put("decline an invitation", s -> s.platform.joining().declineInvitation(BIEL, s.invitation.id()));
    changes.put("revoke an invitation", s -> s.platform.joining().revoke(JORDI, s.invitation.id()));
    changes.put("change the stage", s -> s.platform.lifecycle().changeStage(JORDI, new ChangeStage(s.community.id(), Stage.DORMANT, "pausa")));
    changes.put("make an e-moderator", s -> s.platform.memberAdministration().grantRole(JORDI, new ChangeRole(s.community.id(), LAIA, Role.E_MODERATOR)));
    changes.put("reopen", s -> s.platform.discussions().changeStatus(JORDI, s.question.id(), new ThreadStatusChange.Reopen()));
    changes.put("close", s -> s.platform.discussions().changeStatus(JORDI, s.question.id(), new ThreadStatusChange.Close("fet")));
    changes.put("unpin", s -> s.platform.discussions().pin(JORDI, s.question.id(), false));
    changes.put("approve a flagged post", s -> decide(s, new Decision.Approve()));
    changes.put("reject a flagged post", s -> decide(s, new Decision.Reject("publicitat")));
    changes.put("edit and approve a flagged post", s -> decide(s, new Decision.EditAndApprove("Així, sense enllaços", "enllaç")));
    changes.put("escalate a flagged post", s -> decide(s, new Decision.Escalate("no ho sé")));
    return changes;
  }

  private static void decide(WriteScene s, Decision decision) {
    s.platform.moderation().flag(ORIOL, new RaiseFlag(s.community.id(), new ModerationSubject.OfPost(s.answer.id()), FlagReason.SPAM, ""));
    ReviewItem item = s.platform.moderationQueries().queue(JORDI, s.community.id(), PageRequest.first(10)).items().get(0);
    s.mark();
    s.platform.moderation().decide(JORDI, new Decide(item.id(), item.version(), decision));
  }
}
