package org.copkit.tck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who finds what, through the real use cases: an OPEN, a CLOSED and a SECRET community each hold a
 * published thread for everyone, a thread and an output for the working group (CORE), a pill, a
 * published reply, a reply hidden by a member's flag, and a reply and a thread held by
 * pre-moderation (24 documents). Seven readers search them: the e-moderator (CORE), a CORE member, a participant
 * (the author of the hidden reply), an observer, a participant whose posts are held, an outsider
 * and an administrator. For every reader and community the hits, the total and every facet count
 * are exactly what the rule allows: SECRET and CLOSED content only for members, CORE content only
 * for CORE members, held and hidden posts only for their author and the e-moderator; an
 * administrator sees everything.
 *
 * <p>Extend it and build a platform on a fresh, empty storage in {@link #platform(Directory)}.
 */
@ExtendWith(ReadableFailures.class)
public abstract class SearchPermissionsContract {

  private static final MemberId EMODERATOR = MemberId.of("jordi");
  private static final MemberId CORE = MemberId.of("marta");
  private static final MemberId PARTICIPANT = MemberId.of("laia");
  private static final MemberId OBSERVER = MemberId.of("pere");
  private static final MemberId HELD_AUTHOR = MemberId.of("oriol");
  private static final MemberId OUTSIDER = MemberId.of("xavier");
  private static final MemberId ADMINISTRATOR = MemberId.of("nuria");
  private static final List<MemberId> READERS =
      List.of(EMODERATOR, CORE, PARTICIPANT, OBSERVER, HELD_AUTHOR, OUTSIDER, ADMINISTRATOR);
  private static final ModerationPolicy OPEN_DOOR = new ModerationPolicy(0, 0.5, Duration.ZERO, 100, 100, 20, 100);
  private static final ModerationPolicy HOLD_ALL = new ModerationPolicy(1000, 0.5, Duration.ZERO, 100, 100, 20, 100);

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining joining them
   * @param discussions posting
   * @param moderation flagging and settings
   * @param knowledge writing knowledge items
   * @param search searching
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, Discussions discussions, Moderation moderation,
      KnowledgeBase knowledge, Search search) {}

  /** What the scene wrote: its ID, kind, community and who may see it. */
  private record Written(String id, SearchKind kind, Visibility visibility, CommunityId community, Audience audience,
      boolean published, MemberId author) {}

  private UseCases platform;
  private final Map<Visibility, CommunityId> communities = new EnumMap<>(Visibility.class);
  private final List<Written> written = new ArrayList<>();

  /** For subclasses. */
  protected SearchPermissionsContract() {}

  /**
   * @param directory who the people are
   * @return the use cases of a platform on a fresh, empty storage
   */
  protected abstract UseCases platform(Directory directory);

  /** @return the directory of the scene's people */
  private static Directory directory() {
    Map<MemberId, Person> people = Stream.of(
            Person.active(EMODERATOR, "Jordi Casals", "Mediació"),
            Person.active(CORE, "Marta Roca", "Mediació"),
            Person.active(PARTICIPANT, "Laia Pons", "Víctimes"),
            Person.active(OBSERVER, "Pere Vives", "Jutjats"),
            Person.active(HELD_AUTHOR, "Oriol Serra", "Presons"),
            Person.active(OUTSIDER, "Xavier Mas", "Registre"),
            new Person(ADMINISTRATOR, "Núria Ferrer", "CEJFE", true, true))
        .collect(Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(people.get(id));
  }

  @BeforeEach
  final void writeTheScene() {
    platform = platform(directory());
    for (Visibility visibility : Visibility.values()) {
      CommunityId community = platform.lifecycle().create(EMODERATOR,
          new CommunityDetails("Zebra " + visibility, "Crossings", "", visibility)).id();
      communities.put(visibility, community);
      platform.moderation().configure(EMODERATOR, community, OPEN_DOOR);
      admit(community, CORE, Tier.CORE);
      admit(community, PARTICIPANT, Tier.PARTICIPANT);
      admit(community, OBSERVER, Tier.OBSERVER);
      admit(community, HELD_AUTHOR, Tier.PARTICIPANT);

      PostOutcome open = thread(visibility, EMODERATOR, Audience.COMMUNITY, "Zebra crossings for everyone");
      thread(visibility, CORE, Audience.CORE, "Zebra crossings for the working group");
      PostOutcome.Published opening = (PostOutcome.Published) open;
      reply(visibility, opening, PARTICIPANT, "A zebra reply everyone reads");
      PostOutcome flagged = reply(visibility, opening, PARTICIPANT, "A zebra reply someone flags");
      platform.moderation().flag(CORE, new RaiseFlag(community,
          new ModerationSubject.OfPost(((PostOutcome.Published) flagged).post().id()), FlagReason.INAPPROPRIATE,
          "Off topic"));
      hidden(((PostOutcome.Published) flagged).post().id().toString());
      item(visibility, EMODERATOR, KnowledgeKind.PILL, Audience.COMMUNITY, "A zebra pill");
      item(visibility, CORE, KnowledgeKind.OUTPUT, Audience.CORE, "A zebra output of the working group");

      platform.moderation().configure(EMODERATOR, community, HOLD_ALL);
      assertThat(reply(visibility, opening, HELD_AUTHOR, "A zebra reply held for review"))
          .isInstanceOf(PostOutcome.Held.class);
      assertThat(thread(visibility, HELD_AUTHOR, Audience.COMMUNITY, "A zebra thread held for review"))
          .isInstanceOf(PostOutcome.Held.class);
    }
  }

  private void admit(CommunityId community, MemberId member, Tier tier) {
    platform.joining().accept(member, platform.joining().invite(EMODERATOR, new Invite(community, member, tier, "")).id());
  }

  private PostOutcome thread(Visibility visibility, MemberId author, Audience audience, String title) {
    CommunityId community = communities.get(visibility);
    PostOutcome outcome = platform.discussions().start(author,
        new StartThread(community, ThreadKind.DISCUSSION, audience, title, title + ", in detail.", Set.of("zebra", "road")));
    boolean published = outcome instanceof PostOutcome.Published;
    String id = published ? ((PostOutcome.Published) outcome).thread().id().toString()
        : ((PostOutcome.Held) outcome).thread().id().toString();
    written.add(new Written(id, SearchKind.THREAD, visibility, community, audience, published, author));
    return outcome;
  }

  private PostOutcome reply(Visibility visibility, PostOutcome.Published to, MemberId author, String body) {
    PostOutcome outcome = platform.discussions().reply(author, new Reply(to.thread().id(), Optional.empty(), body));
    boolean published = outcome instanceof PostOutcome.Published;
    String id = published ? ((PostOutcome.Published) outcome).post().id().toString()
        : ((PostOutcome.Held) outcome).post().id().toString();
    written.add(new Written(id, SearchKind.POST, visibility, to.thread().community(), Audience.COMMUNITY, published, author));
    return outcome;
  }

  private void hidden(String postId) {
    Written before = written.stream().filter(w -> w.id().equals(postId)).findFirst().orElseThrow();
    written.set(written.indexOf(before), new Written(before.id(), before.kind(), before.visibility(), before.community(),
        before.audience(), false, before.author()));
  }

  private void item(Visibility visibility, MemberId author, KnowledgeKind kind, Audience audience, String title) {
    CommunityId community = communities.get(visibility);
    String id = platform.knowledge().create(author, new CreateItem(community, kind, audience,
        new KnowledgeContent(title, title + ": what we learnt.", "", Set.of("zebra"), Set.of()), "")).id().toString();
    written.add(new Written(id, SearchKind.KNOWLEDGE_ITEM, visibility, community, audience, true, author));
  }

  /** The rule, stated once, independently of the platform's code. */
  private static boolean sees(MemberId reader, Written w) {
    if (reader.equals(ADMINISTRATOR)) {
      return true;
    }
    boolean member = !reader.equals(OUTSIDER);
    boolean readable = w.visibility() == Visibility.OPEN || member;
    boolean core = reader.equals(EMODERATOR) || reader.equals(CORE);
    boolean moderates = reader.equals(EMODERATOR);
    return readable && (w.audience() == Audience.COMMUNITY || core)
        && (w.published() || w.author().equals(reader) || moderates);
  }

  private SearchResults search(MemberId reader, SearchQuery query) {
    return platform.search().search(reader, query.at(new PageRequest(0, SearchQuery.MAX_PAGE_SIZE)));
  }

  @TestFactory
  Stream<DynamicTest> everyReaderFindsInEveryCommunityExactlyWhatTheyMaySeeAndCountsNothingElse() {
    return READERS.stream().flatMap(reader -> Stream.of(Visibility.values()).map(visibility -> DynamicTest.dynamicTest(
        reader.value() + " in the " + visibility + " community", () -> {
          CommunityId community = communities.get(visibility);
          List<Written> expected = written.stream()
              .filter(w -> w.community().equals(community) && sees(reader, w)).toList();

          SearchResults results = search(reader, SearchQuery.of("zebra").inCommunities(Set.of(community)));

          assertThat(results.hits().items()).extracting(SearchHit::id)
              .containsExactlyInAnyOrderElementsOf(expected.stream().map(Written::id).toList());
          assertThat(results.hits().total()).isEqualTo(expected.size());
          assertThat(results.facet(SearchFacet.KIND)).containsExactlyInAnyOrderElementsOf(
              counts(expected.stream().map(w -> w.kind().name()).toList()));
          assertThat(results.facet(SearchFacet.AUTHOR)).containsExactlyInAnyOrderElementsOf(
              counts(expected.stream().map(w -> w.author().value()).toList()));
          assertThat(results.facet(SearchFacet.COMMUNITY)).containsExactlyInAnyOrderElementsOf(
              counts(expected.stream().map(w -> w.community().toString()).toList()));
        })));
  }

  @Test
  void theSceneCoversEveryCaseOfTheRule() {
    assertThat(written).hasSize(24);
    assertThat(written.stream().filter(w -> !w.published())).hasSize(9);
    assertThat(written.stream().filter(w -> w.audience() == Audience.CORE)).hasSize(6);
    assertThat(written.stream().filter(w -> sees(ADMINISTRATOR, w))).hasSize(24);
    assertThat(written.stream().filter(w -> sees(OUTSIDER, w))).as("the OPEN community's published content")
        .hasSize(3).allMatch(w -> w.visibility() == Visibility.OPEN);
    assertThat(written.stream().filter(w -> sees(OBSERVER, w))).hasSize(9);
  }

  @Test
  void facetsAndTotalsAcrossCommunitiesNeverRevealWhatTheReaderMayNotSee() {
    for (MemberId reader : READERS) {
      List<Written> expected = written.stream().filter(w -> sees(reader, w)).toList();

      SearchResults results = search(reader, SearchQuery.of("zebra"));

      assertThat(results.hits().total()).as(reader.value()).isEqualTo(expected.size());
      assertThat(results.facet(SearchFacet.COMMUNITY)).as(reader.value()).containsExactlyInAnyOrderElementsOf(
          counts(expected.stream().map(w -> w.community().toString()).toList()));
      assertThat(results.facet(SearchFacet.TAG)).as(reader.value())
          .contains(new FacetCount("zebra", expected.size()));
    }
    assertThat(search(OUTSIDER, SearchQuery.of("zebra")).facet(SearchFacet.COMMUNITY)).extracting(FacetCount::value)
        .containsExactly(communities.get(Visibility.OPEN).toString());
  }

  @Test
  void snippetsMarkTheWordsAndEscapeTheText() {
    SearchResults results = search(ADMINISTRATOR, SearchQuery.of("reply reads")
        .inCommunities(Set.of(communities.get(Visibility.OPEN))));

    assertThat(results.hits().items()).singleElement().satisfies(hit -> {
      assertThat(hit.snippet()).contains("<mark>").contains("</mark>");
      assertThat(hit.snippet().replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");
      assertThat(hit.title()).isEqualTo("Zebra crossings for everyone");
    });
  }

  @Test
  void refusesPeopleTheDirectoryDoesNotKnowAndAMissingQuery() {
    assertThatThrownBy(() -> platform.search().search(MemberId.of("stranger"), SearchQuery.of("zebra")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> platform.search().search(CORE, null))
        .isInstanceOf(org.copkit.api.shared.InvalidInputException.class).hasMessageContaining("query");
  }

  private static List<FacetCount> counts(List<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }
}
