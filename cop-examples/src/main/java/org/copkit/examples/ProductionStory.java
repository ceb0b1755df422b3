package org.copkit.examples;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.FeedbackSummary;
import org.copkit.api.knowledge.KnowledgeFeedback;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.Review;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;

import static org.copkit.examples.CompartimStory.JORDI;
import static org.copkit.examples.CompartimStory.LAIA;
import static org.copkit.examples.CompartimStory.MARTA;
import static org.copkit.examples.CompartimStory.NURIA;
import static org.copkit.examples.CompartimStory.ORIOL;
import static org.copkit.examples.CompartimStory.PERE;

/**
 * The Compartim story's production cycle: the working group drafts a good-practice guide, the
 * e-moderator sends it to review, a reviewer asks for changes, the second round approves it, the
 * e-moderator publishes it to the community and diffuses it further, members read, rate and comment on it,
 * then the e-moderator assesses the whole process.
 */
final class ProductionStory {

  private final CopPlatform platform;
  private final Consumer<String> out;
  private final Function<MemberId, String> names;

  ProductionStory(CopPlatform platform, Consumer<String> out, Function<MemberId, String> names) {
    this.platform = platform;
    this.out = out;
    this.names = names;
  }

  /**
   * @param cop the community whose working group (Jordi, Marta, Pere, Laia) produces the guide
   * @return the guide's cycle, assessed
   */
  OutputCycle tell(Community cop) {
    Community juvenile = platform.lifecycle().create(NURIA, new CommunityDetails(
        "Justícia juvenil", "Juvenile justice", "Educational measures for minors", Visibility.OPEN));
    // tag::production[]
    Production production = platform.production();
    production.configure(JORDI, new Production.ConfigureReview(cop.id(), 2));   // two approvals publish
    Output guide = production.startDraft(MARTA, new Production.StartDraft(cop.id(), new KnowledgeContent(
        "Guia de bones pràctiques", "## Primera entrevista\nEscoltar les dues parts.", "", Set.of("guia"), Set.of()), ""));
    var id = guide.item().id();                                                  // the draft is the working group's
    platform.knowledgeBase().edit(PERE, new EditItem(id, 1, new KnowledgeContent("Guia de bones pràctiques",
        "## Primera entrevista\nEscoltar les dues parts.\n## Acord\nRedactar-lo amb les parts.", "", Set.of("guia"),
        Set.of()), "capítol sobre l'acord"));
    OutputCycle cycle = production.requestReview(JORDI, new Production.RequestReview(id, 0, Set.of(LAIA, JORDI)));
    cycle = production.review(LAIA, new Production.ReviewOutput(id, 2, Review.Verdict.REQUEST_CHANGES,
        "Falta el capítol sobre l'atenció a la víctima"));                     // back to the draft
    platform.knowledgeBase().edit(MARTA, new EditItem(id, 2, new KnowledgeContent("Guia de bones pràctiques",
        "## Primera entrevista\nEscoltar les dues parts.\n## Acord\nRedactar-lo amb les parts.\n## La víctima\n"
            + "Informar-la a cada pas.", "", Set.of("guia"), Set.of()), "capítol sobre la víctima"));
    cycle = production.requestReview(JORDI, new Production.RequestReview(id, cycle.version(), Set.of(LAIA, JORDI)));
    production.review(LAIA, new Production.ReviewOutput(id, 3, Review.Verdict.APPROVE, ""));
    cycle = production.review(JORDI, new Production.ReviewOutput(id, 3, Review.Verdict.APPROVE, "Endavant"));
    cycle = production.publish(JORDI, new Production.Publish(id, cycle.version(), "Presentada al plenari"));
    cycle = production.diffuse(JORDI, new Production.Diffuse(id, List.of(new Diffusion.ToCommunity(juvenile.id()),
        new Diffusion.Outside("Jornada de mediació del CEJFE")), ""));
    KnowledgeFeedback feedback = platform.knowledgeFeedback();                 // the community reads and rates it
    feedback.read(ORIOL, id);
    feedback.rate(ORIOL, new RateItem(id, 3, 5));
    feedback.rate(LAIA, new RateItem(id, 3, 4));
    feedback.markHelpful(ORIOL, id);
    feedback.comment(ORIOL, CommentOnItem.on(id, "La farem servir a Brians"));
    cycle = production.assess(JORDI, new Production.Assess(id, cycle.version(), "Una guia aprovada en dues rondes",
        "La comunitat, Justícia juvenil i la jornada del CEJFE", "Demanar el capítol de víctimes des del principi"));
    // end::production[]
    say("%s drafted «%s»; %s co-wrote it", names.apply(MARTA), guide.item().current().content().title(), names.apply(PERE));
    say("%s asked for changes in round 1; round 2 was approved by %s and %s", names.apply(LAIA), names.apply(LAIA),
        names.apply(JORDI));
    say("%s, a participant, reads the published guide: %s", names.apply(ORIOL),
        platform.knowledgeQueries().item(ORIOL, id).current().content().title());
    say("Diffused to %d targets; assessed: %s", cycle.diffusions().size(), cycle.stage().kind());
    FeedbackSummary summary = platform.knowledgeFeedback().summary(JORDI, id);
    say("Rated %s by %d members, %d helpful mark, %d comment, %d read",
        String.format(java.util.Locale.ROOT, "%.1f", summary.latest().average()),
        summary.latest().count(), summary.helpful(), summary.comments(), summary.reach().reads());
    say("Outputs co-authored by %s: %d", names.apply(PERE),
        platform.productionQueries().coAuthoredBy(JORDI, PERE, PageRequest.first(10)).total());
    return cycle;
  }

  private void say(String format, Object... args) {
    out.accept(String.format(format, args));
  }
}
