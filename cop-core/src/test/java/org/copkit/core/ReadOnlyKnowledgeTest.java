package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.Stage;
import org.copkit.api.knowledge.AttachFile;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.CreateSection;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.MoveSection;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.PlaceItem;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.PromoteToPill;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.RenameSection;
import org.copkit.api.knowledge.RestoreRevision;
import org.copkit.api.knowledge.Review;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SetFreshness;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.PageRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The knowledge base, its sections, the feedback on its items, the library and the production
 * cycle of an ARCHIVED community are read-only too: each write there is refused with a {@link
 * ConflictException} and changes nothing (no audit entry, no event, the items, their revisions,
 * curation, feedback and files, the sections, the output cycles and the review policy as they
 * were); while the community is active, each is taken. An output is not diffused to an archived
 * community either.
 */
class ReadOnlyKnowledgeTest {

  /**
   * A scene, before the archiving, where Marta (CORE and expert) wrote a pill (revised once, marked
   * helpful by her) and a library document with its file, Jordi made two sections, outputs of hers
   * wait at every stage of their cycle (a draft, one in review, one approved, one published) with
   * Jordi as their only reviewer, and her question has Laia's answer accepted.
   */
  private static final class Scene {
    final WriteScene stage = new WriteScene();
    final CopPlatform platform = stage.platform;
    final KnowledgeItem pill;
    final AttachedFile document;
    final Section guides;
    final Section cases;
    final KnowledgeItem draft;
    final OutputCycle inReview;
    final OutputCycle approved;
    final OutputCycle published;

    Scene() {
      platform.production().configure(JORDI, new Production.ConfigureReview(stage.community.id(), 1));
      KnowledgeItem first = platform.knowledgeBase().create(MARTA, new CreateItem(stage.community.id(), KnowledgeKind.PILL,
          Audience.COMMUNITY, content("Primera entrevista"), ""));
      pill = platform.knowledgeBase().edit(MARTA, new EditItem(first.id(), 1, content("Primera entrevista, revisada"), "revisió"));
      platform.knowledgeFeedback().markHelpful(MARTA, pill.id());
      document = platform.library().create(MARTA, new CreateItem(stage.community.id(), KnowledgeKind.LIBRARY_DOCUMENT,
          Audience.COMMUNITY, new KnowledgeContent("Guia", "La guia", "", Set.of("guia"), Set.of()), ""),
          "guia.txt", "text/plain", bytes("Guia de mediació"));
      guides = platform.knowledgeCuration().createSection(JORDI, new CreateSection(stage.community.id(), Optional.empty(), "Guies"));
      cases = platform.knowledgeCuration().createSection(JORDI, new CreateSection(stage.community.id(), Optional.empty(), "Casos"));
      platform.discussions().acceptAnswer(MARTA, stage.question.id(), stage.answer.id());
      draft = startDraft("Esborrany").item();
      inReview = toReview(startDraft("En revisió").item());
      approved = approve(toReview(startDraft("Aprovat").item()));
      OutputCycle ready = approve(toReview(startDraft("Publicat").item()));
      published = platform.production().publish(JORDI, new Production.Publish(ready.output(), ready.version(), ""));
    }

    org.copkit.api.knowledge.Output startDraft(String title) {
      return platform.production().startDraft(MARTA, new Production.StartDraft(stage.community.id(), content(title), ""));
    }

    OutputCycle toReview(KnowledgeItem output) {
      return platform.production().requestReview(JORDI, new Production.RequestReview(output.id(), 0, Set.of(JORDI)));
    }

    OutputCycle approve(OutputCycle cycle) {
      return platform.production().review(JORDI,
          new Production.ReviewOutput(cycle.output(), 1, Review.Verdict.APPROVE, ""));
    }

    /** What a refused write must leave as it was, read as an administrator (reading counts no reach). */
    List<Object> snapshot() {
      return List.of(stage.snapshot(),
          platform.knowledgeQueries().items(NURIA, stage.community.id(), PageRequest.first(50)).items(),
          platform.knowledgeQueries().revisions(NURIA, pill.id(), PageRequest.first(50)).items(),
          platform.knowledgeQueries().sections(NURIA, stage.community.id()),
          platform.knowledgeFeedback().summary(NURIA, pill.id()),
          platform.knowledgeFeedback().comments(NURIA, pill.id(), PageRequest.first(50)).items(),
          platform.library().files(NURIA, document.item()),
          platform.productionQueries().ofCommunity(NURIA, stage.community.id(), PageRequest.first(50)).items(),
          platform.productionQueries().reviewPolicy(NURIA, stage.community.id()));
    }
  }

  private static KnowledgeContent content(String title) {
    return new KnowledgeContent(title, "Com **escoltar** les parts", "https://docs.example.org/guia.pdf",
        Set.of("mediació"), Set.of());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Consumer<Scene>> writes() {
    Map<String, Consumer<Scene>> writes = new LinkedHashMap<>();
    writes.put("create an item", s -> s.platform.knowledgeBase().create(MARTA, new CreateItem(s.stage.community.id(),
        KnowledgeKind.PILL, Audience.COMMUNITY, content("Una altra"), "")));
    writes.put("edit an item", s -> s.platform.knowledgeBase().edit(MARTA,
        new EditItem(s.pill.id(), 2, content("Primera entrevista, tercera"), "tercera")));
    writes.put("restore a revision", s -> s.platform.knowledgeBase().restore(MARTA,
        new RestoreRevision(s.pill.id(), 1, 2, "tornem-hi")));
    writes.put("promote an accepted answer", s -> s.platform.knowledgeBase().promote(MARTA,
        new PromoteToPill(s.stage.question.id(), PromoteToPill.Scope.ACCEPTED_ANSWER, "Així", Optional.empty(), "")));
    writes.put("create a section", s -> s.platform.knowledgeCuration().createSection(JORDI,
        new CreateSection(s.stage.community.id(), Optional.of(s.guides.id()), "Entrevistes")));
    writes.put("rename a section", s -> s.platform.knowledgeCuration().renameSection(JORDI,
        new RenameSection(s.guides.id(), s.guides.version(), "Guies i protocols")));
    writes.put("move a section", s -> s.platform.knowledgeCuration().moveSection(JORDI,
        new MoveSection(s.cases.id(), s.cases.version(), Optional.of(s.guides.id()))));
    writes.put("place an item", s -> s.platform.knowledgeCuration().place(MARTA,
        new PlaceItem(s.pill.id(), Optional.of(s.guides.id()))));
    writes.put("keep an item fresh", s -> s.platform.knowledgeCuration().keepFresh(MARTA,
        new SetFreshness(s.pill.id(), LAIA, LocalDate.parse("2026-06-30"))));
    writes.put("rate an item", s -> s.platform.knowledgeFeedback().rate(LAIA, new RateItem(s.pill.id(), 2, 5)));
    writes.put("mark an item helpful", s -> s.platform.knowledgeFeedback().markHelpful(LAIA, s.pill.id()));
    writes.put("take one's helpful mark back", s -> s.platform.knowledgeFeedback().unmarkHelpful(MARTA, s.pill.id()));
    writes.put("comment on an item", s -> s.platform.knowledgeFeedback().comment(LAIA,
        CommentOnItem.on(s.pill.id(), "Molt útil")));
    writes.put("create a library document with its file", s -> s.platform.library().create(MARTA,
        new CreateItem(s.stage.community.id(), KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY,
            new KnowledgeContent("Model", "Un model", "", Set.of(), Set.of()), ""),
        "model.txt", "text/plain", bytes("Model d'acord")));
    writes.put("attach a file", s -> s.platform.library().attach(MARTA,
        new AttachFile(s.document.item(), 1, "guia-v2.txt", "text/plain", ""), bytes("Guia, segona versió")));
    writes.put("start a draft", s -> s.startDraft("Un altre esborrany"));
    writes.put("send a draft to review", s -> s.toReview(s.draft));
    writes.put("review an output", s -> s.approve(s.inReview));
    writes.put("publish an output", s -> s.platform.production().publish(JORDI,
        new Production.Publish(s.approved.output(), s.approved.version(), "")));
    writes.put("diffuse an output to the platform", s -> s.platform.production().diffuse(JORDI,
        new Production.Diffuse(s.published.output(), List.of(new Diffusion.ToPlatform()), "")));
    writes.put("diffuse an output outside the platform", s -> s.platform.production().diffuse(JORDI,
        new Production.Diffuse(s.published.output(), List.of(new Diffusion.Outside("Memòria anual")), "")));
    writes.put("assess an output", s -> s.platform.production().assess(JORDI, new Production.Assess(s.published.output(),
        s.published.version(), "Una guia", "Tota la comunitat", "Començar abans")));
    writes.put("configure the review of outputs", s -> s.platform.production().configure(JORDI,
        new Production.ConfigureReview(s.stage.community.id(), 2)));
    return writes;
  }

  @TestFactory
  Stream<DynamicTest> everyWriteInAnArchivedCommunityIsRefusedAndChangesNothing() {
    return writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      Scene scene = new Scene();
      scene.stage.moveTo(Stage.ARCHIVED);
      List<Object> before = scene.snapshot();

      assertThatThrownBy(() -> write.getValue().accept(scene))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("archived"));
      assertThat(scene.snapshot()).isEqualTo(before);
    }));
  }

  @TestFactory
  Stream<DynamicTest> theSameWritesAreTakenWhileItIsActive() {
    return writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      Scene scene = new Scene();
      List<Object> before = scene.snapshot();

      write.getValue().accept(scene);

      assertThat(scene.snapshot()).isNotEqualTo(before);
    }));
  }

  @Test
  void anOutputIsNotDiffusedToAnArchivedCommunity() {
    Scene scene = new Scene();
    Production.Diffuse toElsewhere = new Production.Diffuse(scene.published.output(),
        List.of(new Diffusion.ToCommunity(scene.stage.elsewhere.id())), "per a l'equip de menors");
    scene.platform.lifecycle().changeStage(NURIA, new ChangeStage(scene.stage.elsewhere.id(), Stage.ARCHIVED, "tancada"));
    List<Object> before = scene.snapshot();

    assertThatThrownBy(() -> scene.platform.production().diffuse(JORDI, toElsewhere))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("archived"));
    assertThat(scene.snapshot()).isEqualTo(before);

    Scene active = new Scene();
    assertThat(active.platform.production().diffuse(JORDI, new Production.Diffuse(active.published.output(),
        List.of(new Diffusion.ToCommunity(active.stage.elsewhere.id())), "")).diffusedCommunities())
        .as("while it is active").containsExactly(active.stage.elsewhere.id());
  }
}
