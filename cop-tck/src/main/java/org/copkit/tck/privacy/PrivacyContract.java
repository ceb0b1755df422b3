package org.copkit.tck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberSearch;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.Audience;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.portfolio.Portfolios;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's export and erasure through the real use cases: Laia joins two communities, opens a
 * thread, replies, reacts, flags a post and is mentioned by Jordi; the community «Keep» keeps an
 * erased member's writing, «Remove» removes it. Her export holds all of it, and only she and an
 * administrator may ask for it; after her erasure nothing names her, threads stay readable, her
 * writing is kept or removed per community, and asking again changes nothing. An add-on's {@link
 * PersonalData} that fails once shows that an interrupted erasure completes on retry.
 *
 * <p>Extend it and build a platform on a fresh, empty storage in {@link #platform}, with the given
 * add-on registered ({@code CopPlatform.Builder.personalData}).
 */
@ExtendWith(ReadableFailures.class)
public abstract class PrivacyContract {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId MARTA = MemberId.of("marta");
  private static final MemberId NURIA = MemberId.of("nuria");

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param queries member lists
   * @param discussions posting
   * @param discussionQueries reading threads
   * @param moderation flagging
   * @param privacy what is under test
   * @param assessment reading a member's competence claims
   * @param portfolios reading a member's competence matrix
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, CommunityQueries queries, Discussions discussions,
      DiscussionQueries discussionQueries, Moderation moderation, Privacy privacy, CompetenceAssessment assessment,
      Portfolios portfolios) {}

  /** An add-on's own data about members: one record per member, failing its first erasures on request. */
  protected static final class AddOnData implements PersonalData {
    private final java.util.Set<MemberId> holds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger failures = new AtomicInteger();

    void hold(MemberId member) {
      holds.add(member);
    }

    void failNext(int times) {
      failures.set(times);
    }

    @Override
    public String capability() {
      return "badges-addon";
    }

    @Override
    public void export(MemberId member, PersonalRecords out) {
      if (holds.contains(member)) {
        out.record("badge", Map.of("holder", member, "name", "first-answer"));
      }
    }

    @Override
    public long erase(Pseudonymisation erasure) {
      if (failures.getAndDecrement() > 0) {
        throw new IllegalStateException("the add-on's database is down");
      }
      return holds.remove(erasure.member()) ? 1 : 0;
    }
  }

  private UseCases platform;
  private final AddOnData addOn = new AddOnData();
  private CommunityId keep;
  private CommunityId remove;
  private Post laiasOpening;
  private Post laiasReplyInRemove;
  private Post jordisMention;

  /** For subclasses. */
  protected PrivacyContract() {}

  /**
   * @param directory who the people are
   * @param addOn an add-on's data about members, to register on the platform
   * @return the use cases of a platform on a fresh, empty storage
   */
  protected abstract UseCases platform(Directory directory, PersonalData addOn);

  /** @return Jordi, Laia and Marta, active, and Núria, an active administrator (for the contracts of this package) */
  static Directory directory() {
    Map<MemberId, Person> people = Stream.of(
            Person.active(JORDI, "Jordi Casals", "Mediació"),
            Person.active(LAIA, "Laia Pons", "Víctimes"),
            Person.active(MARTA, "Marta Roca", "Mediació"),
            new Person(NURIA, "Núria Ferrer", "CEJFE", true, true))
        .collect(Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(people.get(id));
  }

  @BeforeEach
  final void writeTheScene() {
    platform = platform(directory(), addOn);
    keep = platform.lifecycle().create(JORDI, new CommunityDetails("Keep", "Mediation", "", Visibility.OPEN)).id();
    remove = platform.lifecycle().create(JORDI, new CommunityDetails("Remove", "Mediation", "", Visibility.OPEN)).id();
    platform.privacy().setPolicy(NURIA, remove, ErasurePolicy.REMOVE);
    for (CommunityId community : Set.of(keep, remove)) {
      platform.moderation().configure(JORDI, community,
          new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100));
      platform.joining().join(LAIA, community, "hello");
      platform.joining().join(MARTA, community, "hello");
    }
    laiasOpening = published(platform.discussions().start(LAIA, new StartThread(keep, ThreadKind.DISCUSSION,
        Audience.COMMUNITY, "Restorative circles", "Laia's notes on restorative circles", Set.of())));
    Post jordisOpening = published(platform.discussions().start(JORDI, new StartThread(remove, ThreadKind.DISCUSSION,
        Audience.COMMUNITY, "Victim support", "Jordi opens the thread", Set.of())));
    laiasReplyInRemove = published(platform.discussions().reply(LAIA,
        new Reply(jordisOpening.thread(), Optional.empty(), "Laia's reply about victim support")));
    jordisMention = published(platform.discussions().reply(JORDI,
        new Reply(laiasOpening.thread(), Optional.empty(), "Thanks @laia for the notes")));
    platform.discussions().react(LAIA, jordisOpening.id(), Reaction.LIKE);
    platform.moderation().flag(LAIA, new RaiseFlag(keep, new ModerationSubject.OfPost(jordisMention.id()),
        FlagReason.OFF_TOPIC, "not about mediation"));
    addOn.hold(LAIA);
  }

  private static Post published(PostOutcome outcome) {
    assertThat(outcome).isInstanceOf(PostOutcome.Published.class);
    return ((PostOutcome.Published) outcome).post();
  }

  private String export(MemberId actor, MemberId member) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().export(actor, member, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private Stream<Post> postsOf(Post opening) {
    return platform.discussionQueries().thread(JORDI, opening.thread(), PageRequest.first(50)).posts().items().stream()
        .map(PostView::post);
  }

  @Nested
  class Export {

    @Test
    void holdsWhatEveryCapabilityKeepsAboutTheMember() {
      String json = export(LAIA, LAIA);

      assertThat(json).startsWith("{\"$schema\":\"" + Privacy.EXPORT_SCHEMA + "\"")
          .contains("\"member\":\"laia\"")
          .contains("\"community\":{\"membership\":[", "\"discussion\":{\"thread\":[")
          .contains("Laia's notes on restorative circles", "Laia's reply about victim support")
          .contains("\"reaction\":[{\"post\":\"" + "")
          .contains("\"flag\":[", "not about mediation")
          .contains("\"mentioned-in\":[{\"post\":\"" + jordisMention.id() + "\"}]")
          .contains("\"badges-addon\":{\"badge\":[{")
          .doesNotContain("Jordi opens the thread");
    }

    @Test
    void anAdministratorMayExportAndIsAudited() {
      assertThat(export(NURIA, LAIA)).contains("Laia's notes on restorative circles");

      assertThat(export(LAIA, LAIA)).contains("\"action\":\"MEMBER_DATA_EXPORTED\",\"subject\":\"laia\"")
          .contains("\"actor\":\"nuria\",\"asAdministrator\":true");
    }

    @Test
    void anotherMemberMayNotAndCannotTellWhetherTheMemberExists() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      assertThatThrownBy(() -> platform.privacy().export(MARTA, LAIA, out)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> platform.privacy().export(MARTA, MemberId.of("nobody"), out))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(out.size()).isZero();
    }

    @Test
    void badInputNamesTheField() {
      assertThatThrownBy(() -> platform.privacy().export(LAIA, null, new ByteArrayOutputStream()))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
      assertThatThrownBy(() -> platform.privacy().export(LAIA, LAIA, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("out"));
    }
  }

  @Nested
  class Erasing {

    @Test
    void replacesTheMemberByAPseudonymEverywhere() {
      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      assertThat(erasure.pseudonym().value()).startsWith(Privacy.PSEUDONYM_PREFIX);
      assertThat(erasure.records()).isPositive();
      String after = export(NURIA, LAIA);
      assertThat(after).doesNotContain("Laia's", "not about mediation", "\"membership\"", "\"badge\"");
      assertThat(platform.queries().members(JORDI, new MemberSearch(keep, Optional.empty(), Optional.empty(),
          PageRequest.first(50))).items()).noneMatch(m -> m.member().equals(LAIA));
      assertThat(export(NURIA, erasure.pseudonym())).contains("Laia's notes on restorative circles");
    }

    @Test
    void keepsOrRemovesTheirWritingPerCommunityAndThreadsStayReadable() {
      Erasure erasure = platform.privacy().erase(NURIA, LAIA);

      assertThat(postsOf(laiasOpening)).extracting(Post::author, Post::body).contains(
          org.assertj.core.groups.Tuple.tuple(erasure.pseudonym(), "Laia's notes on restorative circles"));
      assertThat(postsOf(laiasReplyInRemove)).filteredOn(p -> p.id().equals(laiasReplyInRemove.id()))
          .singleElement().satisfies(p -> {
            assertThat(p.author()).isEqualTo(erasure.pseudonym());
            assertThat(p.body()).isEqualTo(Privacy.REMOVED_TEXT);
          });
      assertThat(postsOf(laiasOpening)).filteredOn(p -> p.id().equals(jordisMention.id())).singleElement()
          .satisfies(p -> assertThat(p.body()).isEqualTo("Thanks @" + erasure.pseudonym() + " for the notes"));
    }

    @Test
    void isAuditedUnderThePseudonym() {
      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      assertThat(export(NURIA, erasure.pseudonym()))
          .contains("\"actor\":\"" + erasure.pseudonym() + "\",\"asAdministrator\":false,\"scope\":\"privacy\","
              + "\"action\":\"MEMBER_ERASED\"");
    }

    @Test
    void askingAgainChangesNothing() {
      Erasure first = platform.privacy().erase(LAIA, LAIA);
      Erasure again = platform.privacy().erase(NURIA, LAIA);

      assertThat(again.pseudonym()).isEqualTo(first.pseudonym());
      assertThat(again.records()).isZero();
      assertThat(again.completedAt()).isEqualTo(first.completedAt());
    }

    @Test
    void anInterruptedErasureCompletesOnRetryWithTheSamePseudonym() {
      addOn.failNext(1);

      assertThatThrownBy(() -> platform.privacy().erase(LAIA, LAIA)).hasMessageContaining("down");
      assertThat(export(NURIA, LAIA)).doesNotContain("Laia's").contains("\"badge\"");

      Erasure retried = platform.privacy().erase(LAIA, LAIA);
      assertThat(retried.records()).as("the add-on's record was left, and the platform's change log after it")
          .isPositive();
      assertThat(export(NURIA, LAIA)).doesNotContain("\"badge\"");
      assertThat(export(NURIA, retried.pseudonym())).contains("Laia's notes on restorative circles");
    }

    @Test
    void anotherMemberMayNot() {
      assertThatThrownBy(() -> platform.privacy().erase(MARTA, LAIA)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> platform.privacy().erase(MARTA, MemberId.of("nobody")))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(export(LAIA, LAIA)).contains("Laia's notes on restorative circles");
    }

    @Test
    void badInputNamesTheField() {
      assertThatThrownBy(() -> platform.privacy().erase(NURIA, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
      assertThatThrownBy(() -> platform.privacy().erase(NURIA, MemberId.of(Privacy.PSEUDONYM_PREFIX + "x")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
    }
  }

  /**
   * Every read a platform administrator makes of another, named member's data is in the privacy
   * audit trail; members' reads of their own data and of each other's are not.
   */
  @Nested
  class AdministratorsReads {

    private void readEverythingOf(MemberId reader, MemberId member) {
      if (reader.equals(member) || reader.equals(NURIA)) {
        platform.queries().memberships(reader, member);
      }
      platform.discussionQueries().postsBy(reader, member, PageRequest.first(10));
      platform.assessment().claimsOf(reader, member);
      platform.portfolios().matrix(reader, member);
    }

    private java.util.List<AuditEntry> reads() {
      return platform.privacy().auditTrail(NURIA, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
          .filter(entry -> entry.action() == AuditAction.MEMBER_DATA_READ).toList();
    }

    @Test
    void anAdministratorsReadOfAnotherMembersDataIsAuditedNamingWhatWasRead() {
      readEverythingOf(NURIA, LAIA);

      assertThat(reads()).allSatisfy(entry -> {
        assertThat(entry.actor()).contains(NURIA);
        assertThat(entry.asAdministrator()).isTrue();
        assertThat(entry.scope()).isEqualTo(Privacy.AUDIT_SCOPE);
        assertThat(entry.subject()).contains(LAIA);
      }).extracting(AuditEntry::detail)
          .containsExactlyInAnyOrder("memberships", "posts", "competence claims", "competence matrix");
    }

    @Test
    void membersReadingTheirOwnOrEachOthersDataAreNotAudited() {
      readEverythingOf(LAIA, LAIA);
      readEverythingOf(MARTA, LAIA);
      readEverythingOf(NURIA, NURIA);

      assertThat(reads()).isEmpty();
    }

    @Test
    void theTrailHoldsExportsAndReadsAndNamesAnErasedMemberByThePseudonym() {
      readEverythingOf(NURIA, LAIA);
      export(NURIA, LAIA);

      assertThat(platform.privacy().auditTrail(NURIA, PageRequest.first(50)).items())
          .extracting(AuditEntry::action).contains(AuditAction.MEMBER_DATA_READ, AuditAction.MEMBER_DATA_EXPORTED);

      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      assertThat(reads()).hasSize(4).allSatisfy(entry -> assertThat(entry.subject()).contains(erasure.pseudonym()));

      readEverythingOf(NURIA, LAIA);
      export(NURIA, LAIA);
      assertThat(reads()).as("reads after the erasure name the pseudonym, never the erased ID").hasSize(8)
          .allSatisfy(entry -> assertThat(entry.subject()).contains(erasure.pseudonym()));
      assertThat(platform.privacy().auditTrail(NURIA, PageRequest.first(PageRequest.MAX_SIZE)).items())
          .noneMatch(entry -> entry.subject().equals(Optional.of(LAIA)));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
      assertThatThrownBy(() -> platform.privacy().auditTrail(JORDI, PageRequest.first(10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> platform.privacy().auditTrail(MemberId.of("nobody"), PageRequest.first(10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> platform.privacy().auditTrail(NURIA, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }
  }

  @Nested
  class Policies {

    @Test
    void keepAnonymisedUnlessSet() {
      assertThat(platform.privacy().policy(NURIA, keep)).isEqualTo(ErasurePolicy.KEEP_ANONYMISED);
      assertThat(platform.privacy().policy(NURIA, remove)).isEqualTo(ErasurePolicy.REMOVE);
    }

    @Test
    void settingOneIsAuditedInItsCommunity() {
      platform.privacy().setPolicy(NURIA, keep, ErasurePolicy.REMOVE);

      assertThat(platform.queries().auditTrail(NURIA, keep, org.copkit.api.shared.PageRequest.first(50)).items())
          .filteredOn(e -> e.action() == org.copkit.api.shared.AuditAction.ERASURE_POLICY_SET).singleElement()
          .satisfies(e -> {
            assertThat(e.actor()).contains(NURIA);
            assertThat(e.detail()).isEqualTo("REMOVE");
          });
      assertThat(platform.privacy().policy(NURIA, keep)).isEqualTo(ErasurePolicy.REMOVE);
    }

    @Test
    void onlyAdministratorsSetThem() {
      assertThatThrownBy(() -> platform.privacy().setPolicy(JORDI, keep, ErasurePolicy.REMOVE))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(platform.privacy().policy(NURIA, keep)).isEqualTo(ErasurePolicy.KEEP_ANONYMISED);
    }

    @Test
    void badInputAndUnknownCommunities() {
      assertThatThrownBy(() -> platform.privacy().setPolicy(NURIA, keep, null))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("policy"));
      assertThatThrownBy(() -> platform.privacy().policy(NURIA, CommunityId.random()))
          .isInstanceOf(NotFoundException.class);
    }
  }
}
