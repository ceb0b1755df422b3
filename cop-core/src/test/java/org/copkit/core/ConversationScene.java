package org.copkit.core;

import java.time.Duration;
import java.util.List;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.core.memory.InMemoryEventLog;
import org.copkit.core.memory.InMemoryNotifications;
import org.copkit.core.memory.InMemoryStorage;

/**
 * A platform with people in every position, for the discussion and moderation tests: an
 * e-moderator (Jordi), a core member (Marta), a participant who joined long ago (Laia), a newcomer
 * participant (Oriol), an observer (Pere), an outsider (Xavier) and an administrator (Núria).
 */
public final class ConversationScene {

  public static final MemberId JORDI = MemberId.of("jordi");
  public static final MemberId MARTA = MemberId.of("marta");
  public static final MemberId LAIA = MemberId.of("laia");
  public static final MemberId ORIOL = MemberId.of("oriol");
  public static final MemberId PERE = MemberId.of("pere");
  public static final MemberId XAVIER = MemberId.of("xavier");
  public static final MemberId NURIA = MemberId.of("nuria");

  public final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  public final InMemoryDirectory directory = InMemoryDirectory.of(
      Person.active(JORDI, "Jordi Casals", "Mediació"),
      Person.active(MARTA, "Marta Roca", "Mediació"),
      Person.active(LAIA, "Laia Pons", "Víctimes"),
      Person.active(ORIOL, "Oriol Serra", "Presons"),
      Person.active(PERE, "Pere Vives", "Jutjats"),
      Person.active(XAVIER, "Xavier Mas", "Registre"),
      new Person(NURIA, "Núria Ferrer", "CEJFE", true, true));
  public final InMemoryStorage storage = InMemoryStorage.create();
  public final InMemoryEventLog events = new InMemoryEventLog();
  public final InMemoryNotifications notifications = new InMemoryNotifications();
  public final CopPlatform platform;
  public final Community community;

  /** Without pre-moderation, so that everyone's posts are published at once. */
  public static final ModerationPolicy UNMODERATED = new ModerationPolicy(0, 3.0, Duration.ofHours(24), 100, 100, 20, 100);

  /** Where library documents' files go. */
  public final org.copkit.api.knowledge.port.Documents documents;

  public ConversationScene(Visibility visibility) {
    this(visibility, UNMODERATED);
  }

  /** With library documents' files in the given store. */
  public ConversationScene(Visibility visibility, org.copkit.api.knowledge.port.Documents documents) {
    this(visibility, documents, UNMODERATED);
  }

  public ConversationScene(Visibility visibility, ModerationPolicy policy, ModerationRule... extraRules) {
    this(visibility, org.copkit.core.memory.InMemoryDocuments.create(), b -> b, policy, extraRules);
  }

  /** With more settings on the platform's builder, such as a host's competence framework. */
  public ConversationScene(Visibility visibility, java.util.function.UnaryOperator<CopPlatform.Builder> more) {
    this(visibility, org.copkit.core.memory.InMemoryDocuments.create(), more, UNMODERATED);
  }

  private ConversationScene(Visibility visibility, org.copkit.api.knowledge.port.Documents documents,
      ModerationPolicy policy, ModerationRule... extraRules) {
    this(visibility, documents, b -> b, policy, extraRules);
  }

  private ConversationScene(Visibility visibility, org.copkit.api.knowledge.port.Documents documents,
      java.util.function.UnaryOperator<CopPlatform.Builder> more, ModerationPolicy policy, ModerationRule... extraRules) {
    this.documents = documents;
    CopPlatform.Builder builder = more.apply(CopPlatform.builder())
        .documents(documents)
        .moderationDefaults(policy)
        .directory(directory)
        .storage(storage)
        .eventPublisher(events)
        .notifications(notifications)
        .clock(clock)
        .discoverModerationRules(false);
    List.of(extraRules).forEach(builder::moderationRule);
    platform = builder.build();
    community = platform.lifecycle().create(JORDI,
        new CommunityDetails("Mediació penal", "Victim-offender mediation", "", visibility));
    admit(MARTA, Tier.CORE);
    admit(LAIA, Tier.PARTICIPANT);
    admit(PERE, Tier.OBSERVER);
    clock.advance(Duration.ofDays(30));
    admit(ORIOL, Tier.PARTICIPANT);
  }

  private void admit(MemberId member, Tier tier) {
    var invitation = platform.joining().invite(JORDI, new Invite(community.id(), member, tier, ""));
    platform.joining().accept(member, invitation.id());
  }

  public void promote(MemberId member, Tier tier) {
    platform.memberAdministration().changeTier(JORDI, new ChangeTier(community.id(), member, tier, ""));
  }
}
