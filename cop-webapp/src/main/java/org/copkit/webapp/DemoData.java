package org.copkit.webapp;

import static org.copkit.webapp.DemoPeople.JORDI;
import static org.copkit.webapp.DemoPeople.LAIA;
import static org.copkit.webapp.DemoPeople.MARTA;
import static org.copkit.webapp.DemoPeople.ORIOL;
import static org.copkit.webapp.DemoPeople.PERE;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.CreateSection;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.PlaceItem;
import org.copkit.api.knowledge.Section;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The Compartim demo, told through CoPKit's use cases when the database holds no community yet:
 * two communities with their e-moderators, core working group and periphery, a few threads, and
 * their knowledge bases (sections, a pill with two revisions, the working group's draft, a library
 * document).
 * {@code copkit.demo.enabled=false} leaves an empty intranet.
 */
@Component
@ConditionalOnProperty(prefix = "copkit.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final CopPlatform platform;

  DemoData(CopPlatform platform) {
    this.platform = platform;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (platform.communityQueries().communities(DemoPeople.NURIA, CommunitySearch.all(PageRequest.first(1))).total() > 0) {
      return;
    }
    Community mediation = platform.lifecycle().create(JORDI, new CommunityDetails("Mediació penal",
        "Victim-offender mediation in criminal cases", "Share cases, draft a good-practice guide, train new mediators",
        Visibility.OPEN));
    for (var member : new org.copkit.api.shared.MemberId[] {MARTA, PERE}) {
      var invitation = platform.joining().invite(JORDI, new Invite(mediation.id(), member, Tier.CORE, "Join the working group"));
      platform.joining().accept(member, invitation.id());
    }
    platform.joining().join(LAIA, mediation.id(), "I would like to follow the work");

    Community juvenile = platform.lifecycle().create(PERE, new CommunityDetails("Justícia juvenil",
        "Measures for minors in the justice system", "Compare cases and practices between courts", Visibility.CLOSED));
    JoinOutcome oriol = platform.joining().join(ORIOL, juvenile.id(), "Treballo amb menors a Brians");
    if (oriol instanceof JoinOutcome.Requested requested) {
      platform.joining().approve(PERE, new ApproveRequest(requested.request().id(), Tier.PARTICIPANT));
    }

    platform.discussions().start(JORDI, new StartThread(mediation.id(), org.copkit.api.discussion.ThreadKind.ANNOUNCEMENT,
        org.copkit.api.community.Audience.COMMUNITY, "Calendari de la guia",
        "Ens trobem el **dijous 12** per repartir els capítols de la guia de bones pràctiques.", Set.of("guia")));
    DiscussionThread question = published(mediation, platform.discussions().start(MARTA, StartThread.question(mediation.id(),
        "Es pot derivar a mediació un cas de violència domèstica?",
        "Tinc un cas i no ho veig clar. Quins criteris feu servir?", Set.of("derivació"))));
    published(mediation, platform.discussions().reply(PERE, Reply.to(question.id(),
        "No: la llei exclou la mediació en violència sobre la dona (*art. 87 ter LOPJ*).")));
    published(juvenile, platform.discussions().start(PERE, StartThread.discussion(juvenile.id(),
        "Mesures en medi obert", "Comparem com s'apliquen les mesures en medi obert a cada partit judicial.")));
    knowledge(mediation, juvenile);
    LOG.info("Demo data: communities «{}» and «{}», sign in as jordi.casals, marta.roca, laia.pons, ... (password {})",
        mediation.name(), juvenile.name(), DemoPeople.PASSWORD);
  }

  /** Knowledge bases: sections, a pill with two revisions, the working group's draft, a library document. */
  private void knowledge(Community mediation, Community juvenile) {
    Section guides = platform.knowledgeCuration().createSection(JORDI,
        new CreateSection(mediation.id(), Optional.empty(), "Guies"));
    Section referral = platform.knowledgeCuration().createSection(JORDI,
        new CreateSection(mediation.id(), Optional.of(guides.id()), "Derivació"));
    Section law = platform.knowledgeCuration().createSection(JORDI,
        new CreateSection(mediation.id(), Optional.empty(), "Normativa"));
    KnowledgeItem pill = platform.knowledgeBase().create(JORDI, new CreateItem(mediation.id(), KnowledgeKind.PILL,
        Audience.COMMUNITY, new KnowledgeContent("Criteris de derivació a mediació",
            "Es deriva quan hi ha **voluntarietat** de les dues parts i cap risc per a la víctima.",
            "", Set.of("derivació", "guia"), Set.of()), "Primera versió"));
    pill = platform.knowledgeBase().edit(JORDI, new EditItem(pill.id(), pill.revision(), new KnowledgeContent(
        "Criteris de derivació a mediació",
        "Es deriva quan hi ha **voluntarietat** de les dues parts i cap risc per a la víctima.\n\n"
            + "- No es deriva en casos de violència sobre la dona (art. 87 ter LOPJ).",
        "", Set.of("derivació", "guia"), Set.of()), "Afegeix l'exclusió legal"));
    platform.knowledgeCuration().place(JORDI, new PlaceItem(pill.id(), Optional.of(referral.id())));
    KnowledgeItem draft = platform.knowledgeBase().create(MARTA, new CreateItem(mediation.id(), KnowledgeKind.OUTPUT,
        Audience.CORE, new KnowledgeContent("Guia de bones pràctiques (esborrany del grup de treball)",
            "Capítols repartits: acollida, trobada conjunta, acord de reparació.", "", Set.of("guia"), Set.of()),
        "Índex"));
    platform.knowledgeCuration().place(MARTA, new PlaceItem(draft.id(), Optional.of(guides.id())));
    KnowledgeItem statute = platform.knowledgeBase().create(MARTA, new CreateItem(mediation.id(),
        KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY, new KnowledgeContent("Estatut de la víctima del delit",
            "La Llei 4/2015 regula la justícia restaurativa (art. 15).", "https://www.boe.es/eli/es/l/2015/04/27/4",
            Set.of("normativa"), Set.of()), ""));
    platform.knowledgeCuration().place(MARTA, new PlaceItem(statute.id(), Optional.of(law.id())));
    platform.knowledgeBase().create(PERE, new CreateItem(juvenile.id(), KnowledgeKind.OUTPUT, Audience.COMMUNITY,
        new KnowledgeContent("Mesures en medi obert: resum per partits judicials",
            "Com s'apliquen la llibertat vigilada i les tasques socioeducatives a cada partit.", "",
            Set.of("medi-obert"), Set.of()), ""));
  }

  /** A newcomer's first post waits for the e-moderator: the demo approves it as they would. */
  private DiscussionThread published(Community community, PostOutcome outcome) {
    if (outcome instanceof PostOutcome.Held held) {
      org.copkit.api.shared.MemberId moderator = community.createdBy();
      for (ReviewItem item : platform.moderationQueries().queue(moderator, community.id(), PageRequest.first(50)).items()) {
        platform.moderation().decide(moderator, new Decide(item.id(), item.version(), new Decision.Approve()));
      }
      return held.thread();
    }
    if (outcome instanceof PostOutcome.Published published) {
      return published.thread();
    }
    throw new IllegalStateException("the demo's post was refused: " + outcome);
  }
}
