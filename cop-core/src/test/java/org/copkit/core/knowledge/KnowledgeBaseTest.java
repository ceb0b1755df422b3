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
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.RestoreRevision;
import org.copkit.api.knowledge.RevisionComparison;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base through the platform: who writes which kind (deny by default), who reads
 * which audience, that what the reader may not read is missing exactly as an ID never used, that
 * bad input changes nothing, and that every change is an immutable, audited revision that can be
 * restored.
 */
class KnowledgeBaseTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);
  private final KnowledgeBase base = scene.platform.knowledgeBase();
  private final KnowledgeQueries queries = scene.platform.knowledgeQueries();
  private final CommunityId community = scene.community.id();

  KnowledgeBaseTest() {
    scene.platform.memberAdministration().grantRole(JORDI, new ChangeRole(community, LAIA, Role.EXPERT));
  }

  private static KnowledgeContent content(String title, String body) {
    return new KnowledgeContent(title, body, "", Set.of("Mediació", "guia"), Set.of("digcomp@2.2#2.4"));
  }

  private CreateItem a(KnowledgeKind kind, Audience audience) {
    KnowledgeContent content = new KnowledgeContent("Primera entrevista", "Com **escoltar**", "https://docs.example.org/guia.pdf",
        Set.of("mediació"), Set.of());
    return new CreateItem(community, kind, audience, content, "");
  }

  private long itemsSeenBy(MemberId reader) {
    return queries.items(reader, community, PageRequest.first(50)).total();
  }

  private List<AuditEntry> audited() {
    return scene.storage.transactions().inTransaction(
        () -> scene.storage.auditTrail().list(community.toString(), PageRequest.first(100)).items());
  }

  @Nested
  class Writers {

    @Test
    void expertsAndEModeratorsWritePillsCoreMembersWriteDocumentsAndOutputs() {
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));
      KnowledgeItem output = base.create(JORDI, a(KnowledgeKind.OUTPUT, Audience.CORE));
      KnowledgeItem document = base.create(MARTA, a(KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY));
      KnowledgeItem byAdministrator = base.create(NURIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));

      assertThat(pill.createdBy()).isEqualTo(LAIA);
      assertThat(pill.revision()).isEqualTo(1);
      assertThat(pill.current().author()).isEqualTo(LAIA);
      assertThat(pill.current().at()).isEqualTo(scene.clock.instant());
      assertThat(queries.item(ORIOL, pill.id())).isEqualTo(pill);
      assertThat(queries.item(MARTA, output.id())).isEqualTo(output);
      assertThat(queries.item(PERE, document.id())).isEqualTo(document);
      assertThat(byAdministrator.createdBy()).isEqualTo(NURIA);
      assertThat(audited()).filteredOn(e -> e.action() == AuditAction.KNOWLEDGE_ITEM_CREATED)
          .extracting(e -> e.actor().orElseThrow()).containsExactlyInAnyOrder(LAIA, JORDI, MARTA, NURIA);
    }

    @Test
    void refusesEveryoneElseAndWritesNothing() {
      assertThatThrownBy(() -> base.create(MARTA, a(KnowledgeKind.PILL, Audience.COMMUNITY)))
          .as("a CORE member who is no expert writes no pills").isInstanceOf(AccessDeniedException.class);
      for (MemberId member : List.of(ORIOL, PERE)) {
        for (KnowledgeKind kind : KnowledgeKind.values()) {
          assertThatThrownBy(() -> base.create(member, a(kind, Audience.COMMUNITY))).as(member + " " + kind)
              .isInstanceOf(AccessDeniedException.class);
        }
      }
      assertThatThrownBy(() -> base.create(LAIA, a(KnowledgeKind.PILL, Audience.CORE)))
          .as("a PARTICIPANT expert writes nothing for the working group only").isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> base.create(XAVIER, a(KnowledgeKind.OUTPUT, Audience.COMMUNITY)))
          .isInstanceOf(AccessDeniedException.class);

      assertThat(itemsSeenBy(JORDI)).isZero();
      assertThat(audited()).noneMatch(e -> e.action() == AuditAction.KNOWLEDGE_ITEM_CREATED);
    }

    @Test
    void refusesChangesFromThoseWhoMayNotWriteTheKind() {
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));
      KnowledgeItem document = base.create(MARTA, a(KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY));

      assertThatThrownBy(() -> base.edit(MARTA, new EditItem(pill.id(), 1, content("x", "y"), "why")))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> base.edit(ORIOL, new EditItem(document.id(), 1,
          new KnowledgeContent("x", "y", "https://a.example.org/", Set.of(), Set.of()), "why")))
          .isInstanceOf(AccessDeniedException.class);

      assertThat(queries.item(JORDI, pill.id())).isEqualTo(pill);
      assertThat(queries.item(JORDI, document.id())).isEqualTo(document);
    }

    @Test
    void mayEditTellsEachReaderWhetherTheyMayMakeTheNextRevision() {
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));
      KnowledgeItem document = base.create(MARTA, a(KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY));

      assertThat(queries.mayEdit(LAIA, pill.id())).as("an expert, of a pill").isTrue();
      assertThat(queries.mayEdit(JORDI, pill.id())).as("an e-moderator").isTrue();
      assertThat(queries.mayEdit(MARTA, pill.id())).as("a CORE member, of a pill").isFalse();
      assertThat(queries.mayEdit(MARTA, document.id())).as("a CORE member, of a document").isTrue();
      assertThat(queries.mayEdit(ORIOL, document.id())).as("a participant").isFalse();
      assertThat(queries.mayEdit(PERE, document.id())).as("an observer").isFalse();
      assertThatThrownBy(() -> queries.mayEdit(XAVIER, document.id())).isInstanceOf(NotFoundException.class)
          .hasMessage(new NotFoundException("knowledge item", document.id().toString()).getMessage());
      assertThatThrownBy(() -> queries.mayEdit(JORDI, null)).isInstanceOf(InvalidInputException.class);
      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(community, Stage.ARCHIVED, "done"));
      assertThat(queries.mayEdit(JORDI, pill.id())).as("an archived community's").isFalse();
    }

    @Test
    void refusesWritesInAnArchivedCommunityButKeepsItReadable() {
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));
      scene.platform.lifecycle().changeStage(JORDI, new ChangeStage(community, Stage.ARCHIVED, "done"));

      assertThatThrownBy(() -> base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY)))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThatThrownBy(() -> base.edit(LAIA, new EditItem(pill.id(), 1, content("x", "y"), "why")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
      assertThat(queries.item(ORIOL, pill.id())).isEqualTo(pill);
    }
  }

  @Nested
  class Readers {

    @Test
    void theWorkingGroupsItemsAreMissingForEveryoneElseExactlyAsUnusedIds() {
      KnowledgeItem output = base.create(MARTA, a(KnowledgeKind.OUTPUT, Audience.CORE));
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));

      for (MemberId reader : List.of(LAIA, ORIOL, PERE, XAVIER)) {
        assertMissingAsAnUnusedId(reader, output.id());
      }
      assertThat(queries.items(LAIA, community, PageRequest.first(10)).items()).containsExactly(pill);
      assertThat(queries.items(MARTA, community, PageRequest.first(10)).items()).containsExactlyInAnyOrder(pill, output);
      assertThat(queries.items(NURIA, community, PageRequest.first(10)).total()).isEqualTo(2);
      assertThatThrownBy(() -> base.edit(LAIA, new EditItem(output.id(), 1, content("x", "y"), "why")))
          .isInstanceOf(NotFoundException.class).hasMessage(missingMessage(KnowledgeItemId.random(), output.id()));
    }

    @Test
    void aClosedCommunitysItemsAreMissingForOutsiders() {
      KnowledgeItem pill = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));

      assertMissingAsAnUnusedId(XAVIER, pill.id());
      assertThatThrownBy(() -> queries.items(XAVIER, community, PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> base.restore(XAVIER, new RestoreRevision(pill.id(), 1, 2, "why")))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSecretCommunityAndItsItemsDoNotExistForOutsiders() {
      ConversationScene secret = new ConversationScene(Visibility.SECRET);
      secret.platform.memberAdministration().grantRole(JORDI, new ChangeRole(secret.community.id(), LAIA, Role.EXPERT));
      KnowledgeItem pill = secret.platform.knowledgeBase().create(LAIA, new CreateItem(secret.community.id(),
          KnowledgeKind.PILL, Audience.COMMUNITY, content("Secret", "body"), ""));
      KnowledgeQueries secretQueries = secret.platform.knowledgeQueries();

      Throwable seen = catchThrowable(() -> secretQueries.item(XAVIER, pill.id()));
      Throwable unused = catchThrowable(() -> secretQueries.item(XAVIER, KnowledgeItemId.random()));
      assertThat(seen).isInstanceOf(NotFoundException.class);
      assertThat(unused).isInstanceOf(NotFoundException.class);
      assertThat(seen.getMessage().replace(pill.id().toString(), "ID")).isEqualTo(unused.getMessage().replaceAll("[0-9a-f-]{36}", "ID"));
      assertThatThrownBy(() -> secretQueries.items(XAVIER, secret.community.id(), PageRequest.first(10)))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> secret.platform.knowledgeBase().create(XAVIER, new CreateItem(secret.community.id(),
          KnowledgeKind.OUTPUT, Audience.COMMUNITY, content("x", "y"), ""))).isInstanceOf(NotFoundException.class);
      assertThat(secretQueries.item(ORIOL, pill.id())).isEqualTo(pill);
    }

    private void assertMissingAsAnUnusedId(MemberId reader, KnowledgeItemId id) {
      KnowledgeItemId unused = KnowledgeItemId.random();
      for (Read read : List.<Read>of(
          i -> queries.item(reader, i),
          i -> queries.revisions(reader, i, PageRequest.first(10)),
          i -> queries.revision(reader, i, 1))) {
        Throwable forItem = catchThrowable(() -> read.on(id));
        Throwable forUnused = catchThrowable(() -> read.on(unused));
        assertThat(forItem).as(reader.value()).isInstanceOf(NotFoundException.class);
        assertThat(forUnused).isInstanceOf(NotFoundException.class);
        assertThat(forItem.getMessage()).isEqualTo(forUnused.getMessage().replace(unused.toString(), id.toString()));
      }
    }

    private String missingMessage(KnowledgeItemId unused, KnowledgeItemId id) {
      return catchThrowable(() -> queries.item(JORDI, unused)).getMessage().replace(unused.toString(), id.toString());
    }
  }

  @FunctionalInterface
  private interface Read {
    Object on(KnowledgeItemId id);
  }

  @Nested
  class Revisions {

    @Test
    void everyChangeIsAnImmutableRevisionAndRestoringMakesANewOne() {
      KnowledgeItem first = base.create(LAIA, new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
          content("Primera entrevista", "Escolta **primer**"), "first draft"));
      scene.clock.advance(java.time.Duration.ofMinutes(5));
      KnowledgeItem second = base.edit(JORDI, new EditItem(first.id(), 1, content("Primera entrevista", "Escolta i resumeix"),
          "clearer"));
      scene.clock.advance(java.time.Duration.ofMinutes(5));
      KnowledgeItem third = base.restore(LAIA, new RestoreRevision(first.id(), 1, 2, "the first was better"));

      assertThat(second.revision()).isEqualTo(2);
      assertThat(second.current().author()).isEqualTo(JORDI);
      assertThat(second.current().note()).isEqualTo("clearer");
      assertThat(second.createdBy()).isEqualTo(LAIA);
      assertThat(third.revision()).isEqualTo(3);
      assertThat(third.current().content()).isEqualTo(first.current().content());
      assertThat(third.current().html()).isEqualTo(first.current().html());
      assertThat(third.current().restoredFrom()).isEqualTo(1);
      assertThat(third.current().at()).isEqualTo(scene.clock.instant());
      assertThat(queries.item(ORIOL, first.id())).isEqualTo(third);
      assertThat(queries.revisions(PERE, first.id(), PageRequest.first(10)).items())
          .containsExactly(third.current(), second.current(), first.current());
      assertThat(queries.revision(ORIOL, first.id(), 2)).isEqualTo(second.current());
      assertThatThrownBy(() -> queries.revision(ORIOL, first.id(), 4)).isInstanceOf(NotFoundException.class);
      assertThat(audited()).extracting(AuditEntry::action).containsSubsequence(AuditAction.KNOWLEDGE_ITEM_CREATED,
          AuditAction.KNOWLEDGE_ITEM_REVISED, AuditAction.KNOWLEDGE_REVISION_RESTORED);
      assertThat(audited()).filteredOn(e -> e.action() == AuditAction.KNOWLEDGE_REVISION_RESTORED).singleElement()
          .satisfies(e -> {
            assertThat(e.reason()).isEqualTo("the first was better");
            assertThat(e.detail()).contains(first.id().toString()).contains("revision 3 from 1");
          });
      assertThat(audited()).filteredOn(e -> e.action() == AuditAction.KNOWLEDGE_ITEM_REVISED).singleElement()
          .satisfies(e -> assertThat(e.detail()).as("an edit restores nothing").isEqualTo("PILL " + first.id() + " revision 2"));
    }

    @Test
    void comparesTwoRevisionsFieldByField() {
      KnowledgeItem first = base.create(LAIA, new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
          new KnowledgeContent("Títol", "cos", "", Set.of("mediació", "guia"), Set.of("a")), ""));
      base.edit(LAIA, new EditItem(first.id(), 1,
          new KnowledgeContent("Títol", "cos nou", "https://x.example.org/", Set.of("guia", "víctimes"), Set.of("a", "b")), "more"));

      RevisionComparison forward = queries.compare(ORIOL, first.id(), 1, 2);
      assertThat(forward.titleChanged()).isFalse();
      assertThat(forward.bodyChanged()).isTrue();
      assertThat(forward.linkChanged()).isTrue();
      assertThat(forward.tagsAdded()).containsExactly("víctimes");
      assertThat(forward.tagsRemoved()).containsExactly("mediació");
      assertThat(forward.competencesAdded()).containsExactly("b");
      assertThat(forward.competencesRemoved()).isEmpty();
      assertThat(queries.compare(ORIOL, first.id(), 2, 1).tagsAdded()).containsExactly("mediació");
      assertThat(queries.compare(ORIOL, first.id(), 2, 2).unchanged()).isTrue();
      assertThatThrownBy(() -> queries.compare(ORIOL, first.id(), 1, 3)).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> queries.compare(XAVIER, first.id(), 1, 2)).isInstanceOf(NotFoundException.class)
          .hasMessageNotContaining(community.toString());
    }

    @Test
    void aChangeBasedOnAnOlderRevisionIsAStaleVersionAndChangesNothing() {
      KnowledgeItem first = base.create(LAIA, a(KnowledgeKind.PILL, Audience.COMMUNITY));
      KnowledgeItem second = base.edit(LAIA, new EditItem(first.id(), 1, content("Nou", "text"), "new"));

      assertThatThrownBy(() -> base.edit(JORDI, new EditItem(first.id(), 1, content("Perdut", "text"), "lost")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));
      assertThatThrownBy(() -> base.restore(JORDI, new RestoreRevision(first.id(), 1, 5, "lost")))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION));

      assertThat(queries.item(JORDI, first.id())).isEqualTo(second);
      assertThat(queries.revisions(JORDI, first.id(), PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void bodiesAreRenderedAndSanitizedAsPostsAreAndTagsNormalized() {
      KnowledgeItem pill = base.create(LAIA, new CreateItem(community, KnowledgeKind.PILL, Audience.COMMUNITY,
          new KnowledgeContent("XSS", "<script>alert(1)</script>\n\n[x](javascript:alert(1)) **bold**", "",
              Set.of(" Mediació", "GUIA"), Set.of()), ""));

      String html = pill.current().html();
      assertThat(html).doesNotContain("<script").doesNotContain("javascript:").contains("<strong>bold</strong>");
      assertThat(pill.current().content().body()).startsWith("<script>");
      assertThat(pill.current().content().tags()).containsExactlyInAnyOrder("mediació", "guia");
    }
  }

  @Nested
  class BadInput {

    @Test
    void isRefusedNamingTheFieldAndChangesNothing() {
      KnowledgeItem document = base.create(MARTA, a(KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY));

      assertInvalid("title", () -> content(" ", "body"));
      assertInvalid("body", () -> content("t", "x".repeat(KnowledgeContent.MAX_BODY + 1)));
      assertInvalid("link", () -> new KnowledgeContent("t", "b", "javascript:alert(1)", Set.of(), Set.of()));
      assertInvalid("tags", () -> new KnowledgeContent("t", "b", "", Set.of("two words"), Set.of()));
      assertInvalid("competences", () -> new KnowledgeContent("t", "b", "", Set.of(), Set.of("digcomp 2.4")));
      assertInvalid("content.link", () -> base.create(MARTA, new CreateItem(community, KnowledgeKind.LIBRARY_DOCUMENT,
          Audience.COMMUNITY, content("t", "b"), "")));
      assertInvalid("note", () -> new EditItem(document.id(), 1, content("t", "b"), " "));
      assertInvalid("revision", () -> new RestoreRevision(document.id(), 2, 2, "why"));
      assertThatThrownBy(() -> base.edit(MARTA, new EditItem(document.id(), 1, content("No link", "b"), "drop the link")))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content.link"));
      assertThatThrownBy(() -> base.create(MARTA, null)).isInstanceOf(InvalidInputException.class);

      assertThat(queries.item(JORDI, document.id())).isEqualTo(document);
      assertThat(itemsSeenBy(JORDI)).isEqualTo(1);
      assertThat(audited()).filteredOn(e -> e.action() == AuditAction.KNOWLEDGE_ITEM_REVISED).isEmpty();
    }

    private void assertInvalid(String field, Runnable make) {
      assertThatThrownBy(make::run).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.field()).isEqualTo(field));
    }
  }
}
