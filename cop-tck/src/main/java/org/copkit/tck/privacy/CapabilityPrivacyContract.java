package org.copkit.tck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.CompetenceAssessment;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.knowledge.AttachFile;
import org.copkit.api.knowledge.CommentOnItem;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeFeedback;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.Library;
import org.copkit.api.knowledge.Output;
import org.copkit.api.knowledge.Production;
import org.copkit.api.knowledge.RateItem;
import org.copkit.api.knowledge.Review;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LmsCompletion;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.portfolio.AddEvidence;
import org.copkit.api.portfolio.CreatePage;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.portfolio.Portfolios;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A member's export and erasure in the knowledge base, the production cycle of outputs, learning,
 * competence assessment and portfolios, through the real use cases. Laia, a CORE member of «Keep»
 * (whose policy keeps an erased member's writing) and «Remove» (which removes it), writes a library
 * document with a file in each, rates, marks helpful and comments on Jordi's pills, starts an
 * output and reviews Marta's, completes a unit (and another through an LMS), registers for an event,
 * claims a competence that Marta endorses and Jordi validates, endorses Marta's claim, and keeps a
 * portfolio. Her export and archive hold all of it; after her erasure none of it names her, what she
 * wrote is kept or removed per community, the counts others see are unchanged, and her portfolio is
 * gone.
 *
 * <p>Extend it and build a platform on a fresh, empty storage in {@link #platform}.
 */
@ExtendWith(ReadableFailures.class)
public abstract class CapabilityPrivacyContract {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId MARTA = MemberId.of("marta");
  private static final MemberId NURIA = MemberId.of("nuria");
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining inviting members
   * @param knowledge writing knowledge items
   * @param feedback rating and commenting on them
   * @param library attaching files
   * @param production the cycle of outputs
   * @param learning units and completions
   * @param lms completions reported by an LMS
   * @param calendar events and registrations
   * @param competence claims, endorsements and validations
   * @param portfolios evidence and pages
   * @param privacy what is under test
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, KnowledgeBase knowledge,
      KnowledgeFeedback feedback, Library library, Production production, Learning learning, LmsCompletions lms,
      LearningCalendar calendar, CompetenceAssessment competence, Portfolios portfolios, Privacy privacy) {}

  private UseCases platform;
  private CommunityId keep;
  private CommunityId remove;
  private KnowledgeItem pillInKeep;
  private KnowledgeItem pillInRemove;
  private KnowledgeItem documentInKeep;
  private KnowledgeItem documentInRemove;
  private CompetenceClaim claimOfHers;
  private CompetenceClaim claimOfMarta;

  /** For subclasses. */
  protected CapabilityPrivacyContract() {}

  /**
   * @param directory who the people are
   * @return the use cases of a platform on a fresh, empty storage
   */
  protected abstract UseCases platform(Directory directory);

  /** @return the use cases of the platform built for the current test */
  protected final UseCases useCases() {
    return platform;
  }

  @BeforeEach
  final void writeTheScene() {
    platform = platform(PrivacyContract.directory());
    keep = platform.lifecycle().create(JORDI, new CommunityDetails("Keep", "Mediation", "", Visibility.OPEN)).id();
    remove = platform.lifecycle().create(JORDI, new CommunityDetails("Remove", "Mediation", "", Visibility.OPEN)).id();
    platform.privacy().setPolicy(NURIA, remove, ErasurePolicy.REMOVE);
    for (CommunityId community : List.of(keep, remove)) {
      for (MemberId member : List.of(LAIA, MARTA)) {
        platform.joining().accept(member,
            platform.joining().invite(JORDI, new Invite(community, member, Tier.CORE, "")).id());
      }
    }
    // knowledge
    pillInKeep = platform.knowledge().create(JORDI, item(keep, KnowledgeKind.PILL, "Pill on circles", ""));
    pillInRemove = platform.knowledge().create(JORDI, item(remove, KnowledgeKind.PILL, "Pill on support", ""));
    documentInKeep = platform.knowledge().create(LAIA, item(keep, KnowledgeKind.LIBRARY_DOCUMENT,
        "Circle guidebook", "https://docs.example.org/circles"));
    documentInRemove = platform.knowledge().create(LAIA, item(remove, KnowledgeKind.LIBRARY_DOCUMENT,
        "Support checklist", "https://docs.example.org/checklist"));
    attach(documentInKeep, "circles.txt", "bytes of the circle guidebook");
    attach(documentInRemove, "checklist.txt", "bytes of the support checklist");
    platform.feedback().rate(LAIA, new RateItem(pillInKeep.id(), 1, 4));
    platform.feedback().markHelpful(LAIA, pillInKeep.id());
    platform.feedback().comment(LAIA, new CommentOnItem(pillInKeep.id(), Optional.empty(), "Useful in keep"));
    platform.feedback().comment(LAIA, new CommentOnItem(pillInRemove.id(), Optional.empty(), "Useful in remove"));
    // production
    platform.production().startDraft(LAIA, new Production.StartDraft(keep, content("Her protocol", ""), ""));
    platform.production().configure(JORDI, new Production.ConfigureReview(remove, 1));
    Output martas = platform.production().startDraft(MARTA,
        new Production.StartDraft(remove, content("Marta's protocol", ""), ""));
    platform.production().requestReview(JORDI, new Production.RequestReview(martas.item().id(),
        martas.cycle().version(), Set.of(LAIA)));
    platform.production().review(LAIA, new Production.ReviewOutput(martas.item().id(), 1,
        Review.Verdict.REQUEST_CHANGES, "Needs a clearer summary"));
    // learning
    LearningUnit first = platform.learning().publish(JORDI, unit("First interview"));
    LearningUnit second = platform.learning().publish(JORDI, unit("Second interview"));
    platform.learning().complete(LAIA, first.id());
    platform.lms().record(NURIA, new LmsCompletion(second.id(), LAIA,
        Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), "moodle"));
    LocalDateTime start = LocalDateTime.now(MADRID).plusDays(3).truncatedTo(ChronoUnit.HOURS);
    platform.calendar().register(LAIA, platform.calendar().schedule(JORDI, new ScheduleEvent(keep, EventKind.COURSE,
        "E-moderation course", "Moderating a community", EventFormat.ON_SITE, "Room 2", start, start.plusHours(4),
        MADRID, 20, Set.of())).id());
    // competence
    claimOfHers = platform.competence().assess(LAIA, new SelfAssess(keep,
        CompetenceLevel.of("digcomp@2.2#2.4", 3), "I run online mediations"));
    platform.competence().endorse(MARTA, new EndorseClaim(claimOfHers.id(), "Seen her run them", ""));
    claimOfHers = platform.competence().validate(JORDI, new ValidateClaim(claimOfHers.id(), 3, "Validated"));
    claimOfMarta = platform.competence().assess(MARTA, new SelfAssess(remove,
        CompetenceLevel.of("digcomp@2.2#2.1", 2), "I share documents"));
    claimOfMarta = platform.competence().endorse(LAIA, new EndorseClaim(claimOfMarta.id(), "Endorsed in remove", ""));
    // portfolio
    Evidence reflection = platform.portfolios().addEvidence(LAIA, new AddEvidence(EvidenceKind.REFLECTION,
        "What the course taught", "A reflection on circles", "", Set.of()));
    platform.portfolios().createPage(LAIA, new CreatePage("Mediation portfolio", "An introduction",
        List.of(reflection.key())));
  }

  private static CreateItem item(CommunityId community, KnowledgeKind kind, String title, String link) {
    return new CreateItem(community, kind, Audience.COMMUNITY, content(title, link), "");
  }

  private static KnowledgeContent content(String title, String link) {
    return new KnowledgeContent(title, "The body of " + title.toLowerCase(java.util.Locale.ROOT), link, Set.of(),
        Set.of());
  }

  private PublishUnit unit(String title) {
    return new PublishUnit(keep, title, "How to hold the " + title.toLowerCase(java.util.Locale.ROOT),
        UnitFormat.VIDEO, "https://videos.example.org/" + title.length(), 12, Set.of());
  }

  private void attach(KnowledgeItem item, String name, String bytes) {
    platform.library().attach(LAIA, new AttachFile(item.id(), item.revision(), name, "text/plain", ""),
        new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)));
  }

  private String export(MemberId actor, MemberId member) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().export(actor, member, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private Map<String, String> archive(MemberId actor, MemberId member) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().exportArchive(actor, member, out);
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static final List<String> KINDS = List.of("\"knowledge-item\"", "\"knowledge-revision\"", "\"rating\"",
      "\"helpful\"", "\"comment\"", "\"attached-file\"", "\"output-cycle\"", "\"output-role\"", "\"review\"",
      "\"completion\"", "\"registration\"", "\"claim\"", "\"claim-entry\"", "\"portfolio-entry\"",
      "\"portfolio-page\"");

  @Nested
  class Export {

    @Test
    void holdsWhatEachCapabilityKeepsAboutTheMember() {
      String json = export(LAIA, LAIA);

      assertThat(json).contains("\"knowledge\":{\"knowledge-item\":[", "\"production\":{", "\"learning\":{",
          "\"competence\":{", "\"portfolio\":{");
      assertThat(json).contains(KINDS.toArray(String[]::new));
      assertThat(json).contains("Circle guidebook", "Useful in keep", "Useful in remove", "circles.txt",
          "Her protocol", "Needs a clearer summary", "\"source\":\"moodle\"", "I run online mediations",
          "Seen her run them", "Endorsed in remove", "A reflection on circles", "Mediation portfolio");
      assertThat(json).as("others' writing she took no part in").doesNotContain("I share documents",
          "The body of pill on circles");
      assertThat(json).as("an audit entry that names her only in its detail, as a reviewer asked for")
          .containsPattern("\"action\":\"OUTPUT_REVIEW_REQUESTED\"[^}]*\\[[^\\]]*laia");
    }

    @Test
    void theArchiveHoldsTheDocumentAndTheFilesSheUploaded() {
      Map<String, String> entries = archive(NURIA, LAIA);

      assertThat(entries.keySet()).first().isEqualTo(Privacy.ARCHIVE_DOCUMENT);
      assertThat(entries.get(Privacy.ARCHIVE_DOCUMENT)).startsWith("{\"$schema\":\"" + Privacy.EXPORT_SCHEMA + "\"")
          .contains("circles.txt", "checklist.txt");
      assertThat(entries).containsEntry(Privacy.ARCHIVE_FILES + documentInKeep.id() + "/2/circles.txt",
          "bytes of the circle guidebook");
      assertThat(entries).containsEntry(Privacy.ARCHIVE_FILES + documentInRemove.id() + "/2/checklist.txt",
          "bytes of the support checklist");
      assertThat(entries).hasSize(3);
    }
  }

  @Nested
  class Erasing {

    @Test
    void nothingNamesTheMemberAnyMore() {
      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      assertThat(export(NURIA, LAIA)).doesNotContain(KINDS.toArray(String[]::new));
      assertThat(archive(NURIA, LAIA)).containsOnlyKeys(Privacy.ARCHIVE_DOCUMENT);
      assertThat(export(NURIA, erasure.pseudonym())).contains("Circle guidebook", "Useful in keep", "Her protocol",
          "I run online mediations", "Seen her run them");
    }

    @Test
    void keepsOrRemovesWhatTheyWrotePerCommunity() {
      Erasure erasure = platform.privacy().erase(NURIA, LAIA);
      MemberId pseudonym = erasure.pseudonym();

      KnowledgeItem kept = platform.feedback().read(JORDI, documentInKeep.id());
      assertThat(kept.current().author()).isEqualTo(pseudonym);
      assertThat(kept.current().content().title()).isEqualTo("Circle guidebook");
      KnowledgeItem removed = platform.feedback().read(JORDI, documentInRemove.id());
      assertThat(removed.createdBy()).isEqualTo(pseudonym);
      assertThat(removed.current().content().title()).isEqualTo(Privacy.REMOVED_TEXT);
      assertThat(removed.current().content().body()).isEqualTo(Privacy.REMOVED_TEXT);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> platform.library().download(JORDI, documentInRemove.id()))
          .as("its bytes went with her data: a clear not-found, not a lost file")
          .isInstanceOfSatisfying(org.copkit.api.shared.NotFoundException.class,
              e -> assertThat(e.kind()).isEqualTo(org.copkit.api.knowledge.Library.ERASED_FILE));
      try (org.copkit.api.knowledge.Library.Download keptFile = platform.library().download(JORDI, documentInKeep.id())) {
        assertThat(keptFile.file().by()).isEqualTo(pseudonym);
        assertThat(new String(keptFile.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo("bytes of the circle guidebook");
      }
      assertThat(comments(pillInKeep)).singleElement().satisfies(c -> {
        assertThat(c.author()).isEqualTo(pseudonym);
        assertThat(c.body()).isEqualTo("Useful in keep");
      });
      assertThat(comments(pillInRemove)).singleElement().satisfies(c -> {
        assertThat(c.author()).isEqualTo(pseudonym);
        assertThat(c.body()).isEqualTo(Privacy.REMOVED_TEXT);
      });
      assertThat(platform.competence().history(JORDI, claimOfMarta.id())).filteredOn(e -> e.actor().equals(pseudonym))
          .singleElement().extracting(ClaimEntry::comment).isEqualTo(Privacy.REMOVED_TEXT);
      String after = export(NURIA, pseudonym);
      // the capabilities of this contract (the audit trail records acts, as they were)
      String sections = after.substring(after.indexOf("\"knowledge\":{"));
      assertThat(sections).contains("\"comment\":\"" + Privacy.REMOVED_TEXT + "\"").doesNotContain(
          "Needs a clearer summary", "Endorsed in remove", "Support checklist");
      assertThat(archive(NURIA, pseudonym)).as("the bytes of the file in «Remove» are gone")
          .containsOnlyKeys(Privacy.ARCHIVE_DOCUMENT, Privacy.ARCHIVE_FILES + documentInKeep.id() + "/2/circles.txt");
    }

    @Test
    void countsOthersSeeStayRight() {
      var before = platform.feedback().summary(JORDI, pillInKeep.id());

      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      var after = platform.feedback().summary(JORDI, pillInKeep.id());
      assertThat(after.allRevisions()).isEqualTo(before.allRevisions());
      assertThat(after.helpful()).isEqualTo(1);
      assertThat(after.comments()).isEqualTo(1);
      assertThat(platform.competence().claim(JORDI, claimOfMarta.id()).endorsements())
          .isEqualTo(claimOfMarta.endorsements());
      assertThat(platform.competence().claimsOf(JORDI, erasure.pseudonym())).singleElement().satisfies(c -> {
        assertThat(c.id()).isEqualTo(claimOfHers.id());
        assertThat(c.endorsements()).isEqualTo(1);
        assertThat(c.validatedLevel()).isEqualTo(3);
      });
      assertThat(platform.competence().claimsOf(JORDI, LAIA)).isEmpty();
    }

    @Test
    void theirPortfolioIsGone() {
      Erasure erasure = platform.privacy().erase(LAIA, LAIA);

      assertThat(export(NURIA, erasure.pseudonym())).doesNotContain("A reflection on circles", "Mediation portfolio",
          "\"portfolio-entry\"", "\"portfolio-page\"");
    }
  }

  private List<ItemComment> comments(KnowledgeItem item) {
    return platform.feedback().comments(JORDI, item.id(), PageRequest.first(50)).items();
  }
}
