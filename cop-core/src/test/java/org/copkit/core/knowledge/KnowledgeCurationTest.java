package org.copkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.ORIOL;
import static org.copkit.core.ConversationScene.PERE;
import static org.copkit.core.ConversationScene.XAVIER;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.CreateSection;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.knowledge.KnowledgeEvent;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.knowledge.KnowledgeSource;
import org.copkit.api.knowledge.MoveSection;
import org.copkit.api.knowledge.PlaceItem;
import org.copkit.api.knowledge.PromoteToPill;
import org.copkit.api.knowledge.RenameSection;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.storage.Change;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Organizing a knowledge base and promoting discussions through the platform: sections are the
 * e-moderators', form a tree without cycles and at most {@value Section#MAX_DEPTH} levels deep;
 * items are placed by whoever may change them and listed by section, tag and competence; a
 * question's accepted answer or a whole thread becomes a pill that keeps its source and credits
 * its authors, promoted only by experts and e-moderators from what they may read. Every change is
 * audited, published as an event and appended to the change log; bad input changes nothing.
 */
class KnowledgeCurationTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final KnowledgeBase base = scene.platform.knowledgeBase();
  private final KnowledgeCuration curation = scene.platform.knowledgeCuration();
  private final KnowledgeQueries queries = scene.platform.knowledgeQueries();
  private final CommunityId community = scene.community.id();

  KnowledgeCurationTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private Section section(String name, Optional<SectionId> parent) {
    return curation.createSection(JORDI, new CreateSection(community, parent, name));
  }

  private KnowledgeItem item(MemberId author, KnowledgeKind kind, Audience audience, Set<String> tags, Set<String> competences) {
    return base.create(author, new CreateItem(community, kind, audience,
        new KnowledgeContent("Guia", "Com **escoltar**", "https://docs.example.org/guia.pdf", tags, competences), ""));
  }

  private List<AuditEntry> audited(AuditAction action) {
    return scene.storage.transactions().inTransaction(
        () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(200)).items()).stream()
        .filter(entry -> entry.action() == action).toList();
  }

  private List<Change> knowledgeChanges() {
    return scene.storage.transactions().inTransaction(() -> scene.storage.changeLog().after(0, 10_000)).stream()
        .filter(change -> change.topic().equals("knowledge")).toList();
  }

  @Nested
  class Sections {

    @Test
    void eModeratorsBuildATreeThatListsParentsBeforeChildrenEachLevelByName() {
      Section protocols = section("Protocols", Optional.empty());
      Section guides = section("Guides", Optional.empty());
      Section minors = section("Menors", Optional.of(protocols.id()));
      Section adults = section("Adults", Optional.of(protocols.id()));

      assertThat(queries.sections(LAIA, community)).extracting(Section::name)
          .containsExactly("Guides", "Protocols", "Adults", "Menors");
      assertThat(queries.sections(PERE, community)).hasSize(4);
      assertThat(minors.parent()).contains(protocols.id());
      assertThat(audited(AuditAction.KNOWLEDGE_SECTION_CHANGED)).hasSize(4);
      assertThat(scene.events.events()).filteredOn(KnowledgeEvent.SectionChanged.class::isInstance).hasSize(4);
      assertThat(knowledgeChanges()).extracting(Change::body)
          .contains("section " + community + " " + guides.id(), "section " + community + " " + adults.id());
    }

    @Test
    void onlyEModeratorsAndAdministratorsChangeSectionsAndOutsidersOfASecretCommunitySeeNone() {
      Section top = section("Protocols", Optional.empty());

      for (MemberId member : List.of(MARTA, LAIA, ORIOL, PERE)) {
        assertThatThrownBy(() -> curation.createSection(member, new CreateSection(community, Optional.empty(), "Mine")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> curation.renameSection(member, new RenameSection(top.id(), top.version(), "Mine")))
            .isInstanceOf(AccessDeniedException.class);
      }
      assertThat(curation.createSection(NURIA, new CreateSection(community, Optional.empty(), "Admin's")).name())
          .isEqualTo("Admin's");

      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      Section hidden = secret.platform.knowledgeCuration()
          .createSection(JORDI, new CreateSection(secret.community.id(), Optional.empty(), "Hidden"));
      Throwable rename = catchThrowable(() -> secret.platform.knowledgeCuration()
          .renameSection(XAVIER, new RenameSection(hidden.id(), 0, "Mine")));
      Throwable never = catchThrowable(() -> secret.platform.knowledgeCuration()
          .renameSection(XAVIER, new RenameSection(SectionId.random(), 0, "Mine")));
      assertThat(rename).isInstanceOf(NotFoundException.class);
      assertThat(never).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.knowledgeQueries().sections(XAVIER, secret.community.id()))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everySectionChangeIsAuditedAndPublishedAndAChildVersionsTheSectionsAboveIt() {
      Section top = section("Protocols", Optional.empty());
      Section middle = section("Menors", Optional.of(top.id()));
      Section other = section("Guies", Optional.empty());
      int eventsBefore = scene.events.events().size();

      Section bottom = section("Primera entrevista", Optional.of(middle.id()));
      Section renamed = curation.renameSection(JORDI, new RenameSection(other.id(), other.version(), "Guies i models"));
      Section moved = curation.moveSection(JORDI, new MoveSection(renamed.id(), renamed.version(), Optional.of(top.id())));

      assertThat(queries.sections(JORDI, community)).filteredOn(s -> s.id().equals(middle.id())).singleElement()
          .as("a section created under it is a change of the path above").extracting(Section::version)
          .isEqualTo(middle.version() + 1);
      assertThatThrownBy(() -> curation.renameSection(JORDI, new RenameSection(middle.id(), middle.version(), "Joves")))
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
      assertThat(audited(AuditAction.KNOWLEDGE_SECTION_CHANGED)).extracting(AuditEntry::detail).contains(
          "created " + bottom.id() + " «Primera entrevista» in " + middle.id(),
          "renamed " + other.id() + " from «Guies» to «Guies i models»",
          "moved " + other.id() + " to " + top.id());
      assertThat(scene.events.events().subList(eventsBefore, scene.events.events().size()))
          .filteredOn(KnowledgeEvent.SectionChanged.class::isInstance)
          .map(e -> ((KnowledgeEvent.SectionChanged) e).section()).containsExactly(bottom, renamed, moved);
    }

    @Test
    void renamesAndMovesAtTheVersionReadOnly() {
      Section a = section("A", Optional.empty());
      Section b = section("B", Optional.empty());

      Section renamed = curation.renameSection(JORDI, new RenameSection(a.id(), a.version(), "Àrea"));
      Section moved = curation.moveSection(JORDI, new MoveSection(renamed.id(), renamed.version(), Optional.of(b.id())));

      assertThat(moved.name()).isEqualTo("Àrea");
      assertThat(moved.parent()).contains(b.id());
      Throwable stale = catchThrowable(() -> curation.renameSection(JORDI, new RenameSection(a.id(), a.version(), "Lost")));
      assertThat(stale).isInstanceOf(ConflictException.class);
      assertThat(((ConflictException) stale).kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
      Section back = curation.moveSection(JORDI, new MoveSection(moved.id(), moved.version(), Optional.empty()));
      assertThat(queries.sections(JORDI, community)).extracting(Section::parent).containsOnly(Optional.empty());
      assertThat(back.version()).isGreaterThan(moved.version());
    }

    @Test
    void refusesCyclesOtherCommunitiesParentsAndTreesTooDeep() {
      Section top = section("Top", Optional.empty());
      Section middle = section("Middle", Optional.of(top.id()));
      Section bottom = section("Bottom", Optional.of(middle.id()));
      Section current = current(top);

      Throwable intoChild = catchThrowable(() -> curation.moveSection(JORDI,
          new MoveSection(top.id(), current.version(), Optional.of(bottom.id()))));
      assertThat(intoChild).isInstanceOf(InvalidInputException.class).hasMessageContaining("parent");
      assertThatThrownBy(() -> new MoveSection(top.id(), 0, Optional.of(top.id()))).isInstanceOf(InvalidInputException.class);

      ConversationScene other = new ConversationScene(Visibility.OPEN);
      assertThatThrownBy(() -> curation.createSection(JORDI, new CreateSection(other.community.id(), Optional.of(top.id()), "X")))
          .isInstanceOf(NotFoundException.class);
      CommunityId second = scene.platform.lifecycle().create(JORDI,
          new org.copkit.api.community.CommunityDetails("Víctimes", "Support", "", Visibility.OPEN)).id();
      assertThatThrownBy(() -> curation.createSection(JORDI, new CreateSection(second, Optional.of(top.id()), "X")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent");

      Optional<SectionId> parent = Optional.of(bottom.id());
      Section beforeLast = null;
      for (int depth = 4; depth <= Section.MAX_DEPTH; depth++) {
        Section level = section("Level " + depth, parent);
        beforeLast = depth == Section.MAX_DEPTH - 1 ? level : beforeLast;
        parent = Optional.of(level.id());
      }
      Optional<SectionId> deepest = parent;
      assertThatThrownBy(() -> section("Too deep", deepest)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("deeper");
      Section loose = section("Loose", Optional.empty());
      section("Loose child", Optional.of(loose.id()));
      Section looseNow = current(loose);
      Optional<SectionId> target = Optional.of(beforeLast.id());
      assertThatThrownBy(() -> curation.moveSection(JORDI, new MoveSection(loose.id(), looseNow.version(), target)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("deeper");
      assertThat(current(loose).parent()).isEmpty();
      Optional<SectionId> fits = Optional.of(current(middle).id());
      assertThat(curation.moveSection(JORDI, new MoveSection(loose.id(), looseNow.version(), fits)).parent()).isEqualTo(fits);
    }

    private Section current(Section section) {
      return queries.sections(JORDI, community).stream().filter(s -> s.id().equals(section.id())).findFirst().orElseThrow();
    }
  }

  @Nested
  class Placement {

    @Test
    void whoeverMayChangeAnItemPlacesItAndListsFilterBySectionTagAndCompetence() {
      Section guides = section("Guides", Optional.empty());
      KnowledgeItem output = item(MARTA, KnowledgeKind.OUTPUT, Audience.COMMUNITY, Set.of("Mediació"), Set.of("digcomp@2.2#1.1"));
      scene.clock.advance(java.time.Duration.ofMinutes(1));
      KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE, Set.of("mediació"), Set.of());

      KnowledgeItem placed = curation.place(MARTA, new PlaceItem(output.id(), Optional.of(guides.id())));
      curation.place(JORDI, new PlaceItem(core.id(), Optional.of(guides.id())));

      assertThat(placed.section()).contains(guides.id());
      assertThat(placed.revision()).isEqualTo(1);
      assertThat(queries.items(LAIA, community, KnowledgeFilter.all().inSection(guides.id()), PageRequest.first(10)).items())
          .extracting(KnowledgeItem::id).containsExactly(output.id());
      assertThat(queries.items(MARTA, community, KnowledgeFilter.all().inSection(guides.id()), PageRequest.first(10)).items())
          .extracting(KnowledgeItem::id).containsExactly(core.id(), output.id());
      assertThat(queries.items(LAIA, community, KnowledgeFilter.all().tagged("MEDIACIÓ"), PageRequest.first(10)).items())
          .extracting(KnowledgeItem::id).containsExactly(output.id());
      assertThat(queries.items(LAIA, community, KnowledgeFilter.all().withCompetence("digcomp@2.2#1.1"),
          PageRequest.first(10)).items()).extracting(KnowledgeItem::id).containsExactly(output.id());
      assertThatThrownBy(() -> queries.items(LAIA, community, KnowledgeFilter.all().inSection(SectionId.random()),
          PageRequest.first(10))).isInstanceOf(NotFoundException.class);
      CommunityId second = scene.platform.lifecycle().create(JORDI,
          new org.copkit.api.community.CommunityDetails("Víctimes", "Support", "", Visibility.OPEN)).id();
      Section elsewhere = curation.createSection(JORDI, new CreateSection(second, Optional.empty(), "Guides"));
      assertThatThrownBy(() -> queries.items(LAIA, community, KnowledgeFilter.all().inSection(elsewhere.id()),
          PageRequest.first(10))).as("another community's section").isInstanceOf(NotFoundException.class)
          .hasMessage(new NotFoundException("knowledge section", elsewhere.id().toString()).getMessage());
      assertThat(audited(AuditAction.KNOWLEDGE_ITEM_CURATED)).hasSize(2);
      assertThat(scene.events.events()).filteredOn(KnowledgeEvent.ItemCurated.class::isInstance).hasSize(2);
      assertThat(knowledgeChanges()).extracting(Change::body).as("created, then placed")
          .filteredOn(body -> body.equals("item " + community + " " + output.id())).hasSize(2);
    }

    @Test
    void denyByDefaultAndNoLeaks() {
      Section guides = section("Guides", Optional.empty());
      KnowledgeItem pill = item(LAIA, KnowledgeKind.PILL, Audience.COMMUNITY, Set.of(), Set.of());
      KnowledgeItem core = item(MARTA, KnowledgeKind.OUTPUT, Audience.CORE, Set.of(), Set.of());

      assertThatThrownBy(() -> curation.place(MARTA, new PlaceItem(pill.id(), Optional.of(guides.id()))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> curation.place(ORIOL, new PlaceItem(pill.id(), Optional.of(guides.id()))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> curation.place(LAIA, new PlaceItem(core.id(), Optional.of(guides.id()))))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> curation.place(XAVIER, new PlaceItem(pill.id(), Optional.of(guides.id()))))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> curation.place(LAIA, new PlaceItem(pill.id(), Optional.of(SectionId.random()))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("section");
      assertThat(queries.item(LAIA, pill.id()).section()).isEmpty();
      assertThat(audited(AuditAction.KNOWLEDGE_ITEM_CURATED)).isEmpty();
    }
  }

  @Nested
  class Promotion {

    private DiscussionThread question;
    private Post answer;
    private Post comment;

    Promotion() {
      PostOutcome.Published asked = (PostOutcome.Published) scene.platform.discussions().start(ORIOL,
          new StartThread(community, ThreadKind.QUESTION, Audience.COMMUNITY, "Com començar una mediació?",
              "Quin és el primer pas?", Set.of("mediació")));
      question = asked.thread();
      scene.clock.advance(java.time.Duration.ofMinutes(1));
      comment = ((PostOutcome.Published) scene.platform.discussions()
          .reply(MARTA, new Reply(question.id(), Optional.empty(), "Jo trucaria primer."))).post();
      scene.clock.advance(java.time.Duration.ofMinutes(1));
      answer = ((PostOutcome.Published) scene.platform.discussions()
          .reply(LAIA, new Reply(question.id(), Optional.empty(), "Primer, **escoltar** la víctima."))).post();
      question = scene.platform.discussions().acceptAnswer(ORIOL, question.id(), answer.id());
    }

    @Test
    void anAcceptedAnswerBecomesAPillThatKeepsItsSourceAndCreditsItsAuthor() {
      Section guides = section("Guides", Optional.empty());

      KnowledgeItem pill = base.promote(LAIA, new PromoteToPill(question.id(), PromoteToPill.Scope.ACCEPTED_ANSWER,
          "El primer pas", Optional.of(guides.id()), "from the forum"));

      assertThat(pill.kind()).isEqualTo(KnowledgeKind.PILL);
      assertThat(pill.audience()).isEqualTo(Audience.COMMUNITY);
      assertThat(pill.current().content().body()).isEqualTo("Primer, **escoltar** la víctima.");
      assertThat(pill.current().html()).contains("<strong>escoltar</strong>");
      assertThat(pill.current().content().tags()).containsExactly("mediació");
      assertThat(pill.provenance().source()).contains(new KnowledgeSource(question.id(), List.of(answer.id())));
      assertThat(pill.provenance().coAuthors()).containsExactly(LAIA);
      assertThat(pill.section()).contains(guides.id());
      assertThat(queries.item(ORIOL, pill.id())).isEqualTo(pill);
      assertThat(audited(AuditAction.KNOWLEDGE_ITEM_PROMOTED)).singleElement()
          .satisfies(entry -> assertThat(entry.detail()).contains(question.id().toString()));
      assertThat(scene.events.events()).filteredOn(KnowledgeEvent.ItemCreated.class::isInstance)
          .map(KnowledgeEvent.ItemCreated.class::cast).singleElement()
          .satisfies(created -> assertThat(created.source()).isEqualTo(pill.provenance().source()));
      assertThat(knowledgeChanges()).extracting(Change::body).contains("item " + community + " " + pill.id());
      assertThat(scene.platform.feed().feed(ORIOL, org.copkit.api.feed.FeedQuery.first(50)).items())
          .filteredOn(f -> f.activity().value().equals(pill.id().value())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(org.copkit.api.feed.ActivityKind.KNOWLEDGE_PILL);
            assertThat(f.author()).isEqualTo(LAIA);
          });
    }

    @Test
    void aWholeThreadBecomesAPillOfItsPublishedPostsInOrderCreditingEachAuthorOnce() {
      scene.clock.advance(java.time.Duration.ofMinutes(1));
      scene.platform.discussions().reply(ORIOL, new Reply(question.id(), Optional.empty(), "Gràcies!"));

      KnowledgeItem pill = base.promote(JORDI, new PromoteToPill(question.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Primera mediació", Optional.empty(), ""));

      assertThat(pill.provenance().source().orElseThrow().posts()).hasSize(4).startsWith(question.openingPost(), comment.id(), answer.id());
      assertThat(pill.provenance().coAuthors()).containsExactly(ORIOL, MARTA, LAIA);
      assertThat(pill.current().content().body()).startsWith("Quin és el primer pas?").contains("Jo trucaria primer.")
          .endsWith("Gràcies!");
      assertThat(pill.current().author()).isEqualTo(JORDI);
    }

    @Test
    void onlyExpertsAndEModeratorsPromoteWhatTheyMayRead() {
      PromoteToPill command = new PromoteToPill(question.id(), PromoteToPill.Scope.ACCEPTED_ANSWER, "Pill", Optional.empty(), "");
      for (MemberId member : List.of(MARTA, ORIOL, PERE)) {
        assertThatThrownBy(() -> base.promote(member, command)).isInstanceOf(AccessDeniedException.class);
      }
      Throwable outsider = catchThrowable(() -> base.promote(XAVIER, command));
      Throwable never = catchThrowable(() -> base.promote(XAVIER, new PromoteToPill(ThreadId.random(),
          PromoteToPill.Scope.ACCEPTED_ANSWER, "Pill", Optional.empty(), "")));
      assertThat(outsider).isInstanceOf(NotFoundException.class);
      assertThat(never).isInstanceOf(NotFoundException.class);
      assertThat(never.getMessage().replaceAll("[0-9a-f-]{36}", "ID")).isEqualTo(outsider.getMessage().replaceAll("[0-9a-f-]{36}", "ID"));
      assertThat(base.promote(NURIA, command).provenance().coAuthors()).containsExactly(LAIA);

      DiscussionThread coreThread = ((PostOutcome.Published) scene.platform.discussions().start(MARTA,
          new StartThread(community, ThreadKind.DISCUSSION, Audience.CORE, "Working group", "Draft", Set.of()))).thread();
      assertThatThrownBy(() -> base.promote(LAIA, new PromoteToPill(coreThread.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Leak", Optional.empty(), ""))).isInstanceOf(NotFoundException.class);
      KnowledgeItem corePill = base.promote(JORDI, new PromoteToPill(coreThread.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Working group", Optional.empty(), ""));
      assertThat(corePill.audience()).isEqualTo(Audience.CORE);
      assertThatThrownBy(() -> queries.item(LAIA, corePill.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aThreadIsPromotedUpToAPillsLimitsExactly() {
      DiscussionThread longest = ((PostOutcome.Published) scene.platform.discussions().start(ORIOL,
          new StartThread(community, ThreadKind.DISCUSSION, Audience.COMMUNITY, "Llarg", "Hi", Set.of()))).thread();
      String separator = "\n\n---\n\n";
      scene.platform.discussions().reply(MARTA, new Reply(longest.id(), Optional.empty(),
          "x".repeat(KnowledgeContent.MAX_BODY - "Hi".length() - separator.length())));
      DiscussionThread busiest = ((PostOutcome.Published) scene.platform.discussions().start(ORIOL,
          new StartThread(community, ThreadKind.DISCUSSION, Audience.COMMUNITY, "Concorregut", "Qui hi és?", Set.of()))).thread();
      List<MemberId> repliers = List.of(JORDI, MARTA, LAIA);
      for (int n = 1; n < KnowledgeSource.MAX_POSTS; n++) {
        scene.platform.discussions().reply(repliers.get(n % 3), new Reply(busiest.id(), Optional.empty(), "Sóc aquí, " + n));
      }

      KnowledgeItem longPill = base.promote(JORDI, new PromoteToPill(longest.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Llarg", Optional.empty(), ""));
      KnowledgeItem busyPill = base.promote(JORDI, new PromoteToPill(busiest.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Concorregut", Optional.empty(), ""));

      assertThat(longPill.current().content().body()).hasSize(KnowledgeContent.MAX_BODY);
      assertThat(busyPill.provenance().source().orElseThrow().posts()).hasSize(KnowledgeSource.MAX_POSTS);
      scene.platform.discussions().reply(JORDI, new Reply(busiest.id(), Optional.empty(), "Un més"));
      assertThatThrownBy(() -> base.promote(JORDI, new PromoteToPill(busiest.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Concorregut", Optional.empty(), ""))).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("more than " + KnowledgeSource.MAX_POSTS);
    }

    @Test
    void refusesWhatCannotBePromotedAndChangesNothing() {
      DiscussionThread discussion = ((PostOutcome.Published) scene.platform.discussions().start(ORIOL,
          new StartThread(community, ThreadKind.DISCUSSION, Audience.COMMUNITY, "Talk", "Hi", Set.of()))).thread();
      assertThatThrownBy(() -> base.promote(JORDI, new PromoteToPill(discussion.id(), PromoteToPill.Scope.ACCEPTED_ANSWER,
          "Pill", Optional.empty(), ""))).isInstanceOf(InvalidInputException.class).hasMessageContaining("thread");
      assertThatThrownBy(() -> base.promote(JORDI, new PromoteToPill(question.id(), PromoteToPill.Scope.ACCEPTED_ANSWER,
          "Pill", Optional.of(SectionId.random()), ""))).isInstanceOf(InvalidInputException.class).hasMessageContaining("section");
      assertThatThrownBy(() -> new PromoteToPill(question.id(), PromoteToPill.Scope.WHOLE_THREAD, " ", Optional.empty(), ""))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
      String tooLong = "x".repeat(9_000);
      scene.platform.discussions().reply(MARTA, new Reply(discussion.id(), Optional.empty(), tooLong));
      scene.platform.discussions().reply(LAIA, new Reply(discussion.id(), Optional.empty(), tooLong));
      scene.platform.discussions().reply(JORDI, new Reply(discussion.id(), Optional.empty(), tooLong));
      assertThatThrownBy(() -> base.promote(JORDI, new PromoteToPill(discussion.id(), PromoteToPill.Scope.WHOLE_THREAD,
          "Pill", Optional.empty(), ""))).isInstanceOf(InvalidInputException.class).hasMessageContaining("thread");

      assertThat(queries.items(JORDI, community, PageRequest.first(10)).total()).isZero();
      assertThat(audited(AuditAction.KNOWLEDGE_ITEM_PROMOTED)).isEmpty();
      assertThat(knowledgeChanges()).isEmpty();
    }
  }
}
