package org.copkit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.EndorseClaim;
import org.copkit.api.competence.SelfAssess;
import org.copkit.api.competence.ValidateClaim;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.community.Audience;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.EventFormat;
import org.copkit.api.learning.EventKind;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.PublishUnit;
import org.copkit.api.learning.RecordAttendance;
import org.copkit.api.learning.ScheduleEvent;
import org.copkit.api.learning.UnitFormat;
import org.copkit.api.portfolio.Credential;
import org.copkit.api.portfolio.IssuerProfile;
import org.copkit.api.portfolio.Statement;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.Ed25519CredentialSigner;
import org.copkit.core.TestClock;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A member's completions and attendances as Open Badges 3.0 credentials and xAPI statements:
 * valid against the official OB 3.0 JSON Schema and an xAPI statement schema (shipped in the test
 * resources), signed so that the proof verifies with the signer's key, stable, and only for the
 * member who holds the achievement.
 */
class PortfolioTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId MARTA = MemberId.of("marta");
  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId XAVIER = MemberId.of("xavier");
  private static final IssuerProfile ISSUER = new IssuerProfile(
      "https://intranet.justicia.example/copkit/issuer", "Centre d'Estudis Jurídics i Formació Especialitzada",
      "https://intranet.justicia.example/copkit");
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

  private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
  private final Ed25519CredentialSigner signer = Ed25519CredentialSigner.generate();
  private final CopPlatform platform = CopPlatform.builder()
      .directory(InMemoryDirectory.of(Person.active(JORDI, "Jordi", ""), Person.active(MARTA, "Marta", ""),
          Person.active(LAIA, "Laia", ""), Person.active(XAVIER, "Xavier", "")))
      .clock(clock).issuer(ISSUER).credentialSigner(signer).build();
  private final Community community = platform.lifecycle().create(JORDI,
      new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.CLOSED));
  private final LearningUnit unit;
  private final CalendarEvent event;

  PortfolioTest() {
    for (MemberId member : List.of(MARTA, LAIA)) {
      platform.joining().accept(member, platform.joining().invite(JORDI, new Invite(community.id(), member, Tier.CORE, "")).id());
    }
    unit = platform.learning().publish(JORDI, new PublishUnit(community.id(), "La primera entrevista",
        "Com preparar i conduir la primera entrevista de mediació", UnitFormat.VIDEO, "https://videos.example.org/1", 12,
        Set.of(CompetenceLevel.of("digcomp@2.2#2.4", 4), CompetenceLevel.of("digcomp@2.2#2.1", 3))));
    LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), MADRID).plusDays(2);
    event = platform.learningCalendar().schedule(JORDI, new ScheduleEvent(community.id(), EventKind.COURSE,
        "Curs d'e-moderació", "Moderar una comunitat de pràctica", EventFormat.ON_SITE, "CEJFE, aula 2", start,
        start.plusHours(4), MADRID, 20, Set.of(CompetenceLevel.of("digcomp@2.2#2.5", 5))));
    platform.learning().complete(MARTA, unit.id());
    platform.learningCalendar().register(MARTA, event.id());
    platform.learningCalendar().register(LAIA, event.id());
    clock.advance(Duration.ofDays(2).plusHours(1));
    platform.learningCalendar().recordAttendance(JORDI, new RecordAttendance(event.id(), MARTA, Attendance.PRESENT));
    platform.learningCalendar().recordAttendance(JORDI, new RecordAttendance(event.id(), LAIA, Attendance.EXCUSED));
  }

  @Nested
  class OpenBadges {

    @Test
    void aCompletedUnitBecomesAValidOpenBadgeCredentialAlignedToDigComp() throws Exception {
      Credential credential = platform.credentials().forCompletion(MARTA, unit.id());
      JsonNode json = JSON.readTree(credential.json());

      assertThat(Standards.openBadgesErrors(json)).isEmpty();
      assertThat(json.get("@context")).extracting(JsonNode::textValue).containsExactly(
          "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
      assertThat(json.get("type")).extracting(JsonNode::textValue).containsExactly("VerifiableCredential", "OpenBadgeCredential");
      assertThat(json.get("issuer").get("id").textValue()).isEqualTo(ISSUER.id());
      assertThat(json.get("validFrom").textValue()).isEqualTo("2026-03-02T09:00:00Z");
      JsonNode achievement = json.get("credentialSubject").get("achievement");
      assertThat(achievement.get("criteria").get("narrative").textValue()).contains("La primera entrevista");
      assertThat(achievement.get("alignment")).extracting(a -> a.get("targetCode").textValue()).containsExactly("2.1", "2.4");
      assertThat(achievement.get("alignment").get(1).get("targetName").textValue()).isEqualTo("Collaborating through digital technologies");
      assertThat(achievement.get("alignment").get(1).get("targetFramework").textValue()).isEqualTo("DigComp 2.2");
      assertThat(achievement.get("alignment").get(1).get("targetDescription").textValue()).contains("4 of 8", "Intermediate");
      assertThat(json.get("credentialSubject").get("identifier").get(0).get("identityHash").textValue()).isEqualTo("marta");
      assertThat(credential.id()).startsWith("urn:uuid:").isEqualTo(json.get("id").textValue());
    }

    @Test
    void anAttendanceRecordedPresentBecomesAValidCredentialAndNothingElseDoes() throws Exception {
      JsonNode json = JSON.readTree(platform.credentials().forAttendance(MARTA, event.id()).json());

      assertThat(Standards.openBadgesErrors(json)).isEmpty();
      assertThat(json.get("credentialSubject").get("achievement").get("alignment").get(0).get("targetCode").textValue())
          .isEqualTo("2.5");
      assertThatThrownBy(() -> platform.credentials().forAttendance(LAIA, event.id())).as("excused is no attendance")
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> platform.credentials().forCompletion(LAIA, unit.id())).as("Laia completed nothing")
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theProofVerifiesWithTheSignersKeyAndFailsForATamperedCredential() throws Exception {
      ObjectNode signed = (ObjectNode) JSON.readTree(platform.credentials().forCompletion(MARTA, unit.id()).json());
      ObjectNode proof = (ObjectNode) signed.remove("proof").get(0);
      String proofValue = proof.remove("proofValue").textValue();

      assertThat(proof.get("cryptosuite").textValue()).isEqualTo("eddsa-jcs-2022");
      assertThat(proof.get("verificationMethod").textValue()).startsWith("did:key:z6Mk");
      assertThat(verifies(signed, proof, proofValue)).isTrue();
      signed.put("name", "Something else");
      assertThat(verifies(signed, proof, proofValue)).isFalse();
    }

    @Test
    void expandsAsJsonLdWithTheBundledContextsWithoutAnUndefinedTerm() throws Exception {
      for (Credential credential : List.of(platform.credentials().forCompletion(MARTA, unit.id()),
          platform.credentials().forAttendance(MARTA, event.id()))) {
        jakarta.json.JsonArray expanded = JsonLd.expand(credential.json());

        assertThat(expanded).hasSize(1);
        assertThat(expanded.get(0).asJsonObject().toString())
            .contains("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")
            .contains("https://schema.org/AlignmentObject");
      }
      ObjectNode undefined = (ObjectNode) JSON.readTree(platform.credentials().forCompletion(MARTA, unit.id()).json());
      undefined.put("madeUpTerm", "x");
      assertThatThrownBy(() -> JsonLd.expand(undefined.toString())).as("the expansion refuses undefined terms")
          .isInstanceOf(com.apicatalog.jsonld.JsonLdError.class);
    }

    @Test
    void theSchemaRefusesACredentialWithoutValidFrom() throws Exception {
      ObjectNode json = (ObjectNode) JSON.readTree(platform.credentials().forCompletion(MARTA, unit.id()).json());
      json.remove("validFrom");

      assertThat(Standards.openBadgesErrors(json)).isNotEmpty();
    }

    @Test
    void theSameAchievementGivesTheSameCredential() {
      assertThat(platform.credentials().forCompletion(MARTA, unit.id()))
          .isEqualTo(platform.credentials().forCompletion(MARTA, unit.id()));
    }

    @Test
    void aValidatedCompetenceLevelBecomesAValidSignedCredentialWithItsEvidence() throws Exception {
      CompetenceClaim claim = platform.competenceAssessment().assess(MARTA,
          new SelfAssess(community.id(), CompetenceLevel.of("digcomp@2.2#2.4", 5), "Moderate weekly"));
      platform.competenceAssessment().endorse(LAIA, new EndorseClaim(claim.id(), "Her summaries are excellent",
          "https://intranet.justicia.example/copkit/threads/42"));
      clock.advance(Duration.ofHours(3));
      platform.competenceAssessment().validate(JORDI, new ValidateClaim(claim.id(), 4, "Shown in the course"));

      Credential credential = platform.credentials().forValidatedLevel(MARTA, claim.id());
      ObjectNode json = (ObjectNode) JSON.readTree(credential.json());

      assertThat(Standards.openBadgesErrors(json)).isEmpty();
      assertThat(JsonLd.expand(credential.json())).hasSize(1);
      JsonNode achievement = json.get("credentialSubject").get("achievement");
      assertThat(achievement.get("achievementType").textValue()).isEqualTo("Competency");
      assertThat(achievement.get("alignment")).hasSize(1);
      assertThat(achievement.get("alignment").get(0).get("targetCode").textValue()).isEqualTo("2.4");
      assertThat(achievement.get("alignment").get(0).get("targetDescription").textValue()).contains("4 of 8", "Intermediate");
      assertThat(achievement.get("criteria").get("narrative").textValue())
          .contains("level 5", "endorsed 1 time", "validated at level 4", "Mediació penal");
      assertThat(json.get("validFrom").textValue()).isEqualTo(PortfolioWork.seconds(clock.instant()));
      assertThat(json.get("evidence")).hasSize(1);
      assertThat(json.get("evidence").get(0).get("id").textValue()).isEqualTo("https://intranet.justicia.example/copkit/threads/42");
      assertThat(json.get("evidence").get(0).get("narrative").textValue()).isEqualTo("Her summaries are excellent");
      ObjectNode proof = (ObjectNode) json.remove("proof").get(0);
      String proofValue = proof.remove("proofValue").textValue();
      assertThat(verifies(json, proof, proofValue)).isTrue();
      assertThat(platform.credentials().forValidatedLevel(MARTA, claim.id())).isEqualTo(credential);

      clock.advance(Duration.ofHours(1));
      platform.competenceAssessment().validate(JORDI, new ValidateClaim(claim.id(), 5, "Now at 5"));
      Credential higher = platform.credentials().forValidatedLevel(MARTA, claim.id());
      assertThat(higher.id()).as("another validation, another credential").isNotEqualTo(credential.id());
      assertThat(JSON.readTree(higher.json()).get("credentialSubject").get("achievement").get("alignment").get(0)
          .get("targetDescription").textValue()).contains("5 of 8", "Advanced");
    }

    @Test
    void aClaimNotValidatedOrNotOnesOwnGivesNoCredential() {
      CompetenceClaim claim = platform.competenceAssessment().assess(MARTA,
          new SelfAssess(community.id(), CompetenceLevel.of("digcomp@2.2#2.4", 5), ""));

      NotFoundException unvalidated = (NotFoundException) catchThrowable(() -> platform.credentials().forValidatedLevel(MARTA, claim.id()));
      platform.competenceAssessment().validate(JORDI, new ValidateClaim(claim.id(), 4, "Fine"));
      NotFoundException others = (NotFoundException) catchThrowable(() -> platform.credentials().forValidatedLevel(LAIA, claim.id()));
      NotFoundException stranger = (NotFoundException) catchThrowable(() -> platform.credentials().forValidatedLevel(XAVIER, claim.id()));
      NotFoundException random = (NotFoundException) catchThrowable(() -> platform.credentials().forValidatedLevel(XAVIER, ClaimId.random()));

      assertThat(List.of(unvalidated, others, stranger)).allSatisfy(e -> {
        assertThat(e.kind()).isEqualTo(random.kind());
        assertThat(e.getMessage().replace(claim.id().toString(), "ID")).isEqualTo(random.getMessage().replace(random.id(), "ID"));
      });
      assertThat(platform.credentials().forValidatedLevel(MARTA, claim.id()).id()).startsWith("urn:uuid:");
      assertThatThrownBy(() -> platform.credentials().forValidatedLevel(MARTA, null))
          .isInstanceOfSatisfying(org.copkit.api.shared.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("claim"));
    }

    private boolean verifies(ObjectNode unsecured, ObjectNode proofOptions, String proofValue) throws Exception {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(signer.publicKey());
      verifier.update(DataIntegrity.hashData(unsecured, proofOptions));
      return verifier.verify(Standards.base58btc(proofValue));
    }
  }

  @Nested
  class Xapi {

    @Test
    void completionsAndAttendancesBecomeValidStatementsWithAdlVerbsAndStableIds() throws Exception {
      List<Statement> completions = platform.statements().completions(MARTA, PageRequest.first(10));
      Statement attended = platform.statements().attendance(MARTA, event.id());

      assertThat(completions).hasSize(1);
      for (Statement statement : List.of(completions.get(0), attended)) {
        JsonNode json = JSON.readTree(statement.json());
        assertThat(Standards.xapiErrors(json)).as(statement.json()).isEmpty();
        assertThat(json.get("id").textValue()).isEqualTo(statement.id().toString());
        assertThat(json.get("actor").get("account").get("name").textValue()).isEqualTo("marta");
      }
      assertThat(JSON.readTree(completions.get(0).json()).get("verb").get("id").textValue())
          .isEqualTo("http://adlnet.gov/expapi/verbs/completed");
      assertThat(JSON.readTree(attended.json()).get("verb").get("id").textValue()).isEqualTo("http://adlnet.gov/expapi/verbs/attended");
      assertThat(platform.statements().completions(MARTA, PageRequest.first(10))).isEqualTo(completions);
    }

    private Post published(PostOutcome outcome) {
      return ((PostOutcome.Published) outcome).post();
    }

    @Test
    void repliesBecomeCommentedOrAnsweredAndItemsSharedValidStatementsOnePerReply() throws Exception {
      Post opening = published(platform.discussions().start(JORDI,
          StartThread.question(community.id(), "Com es cita la víctima?", "Quina carta fem servir?", Set.of())));
      ThreadId question = opening.thread();
      Post answer = published(platform.discussions().reply(MARTA, Reply.to(question, "La carta model del CEJFE")));
      ThreadId discussion = published(platform.discussions().start(JORDI,
          StartThread.discussion(community.id(), "Sessió de bones pràctiques", "Idees?"))).thread();
      Post first = published(platform.discussions().reply(MARTA, Reply.to(discussion, "Casos reals anonimitzats")));
      Post second = published(platform.discussions().reply(MARTA, Reply.to(discussion, "I un convidat extern")));
      KnowledgeItem pill = platform.knowledgeBase().create(MARTA, new CreateItem(community.id(), KnowledgeKind.OUTPUT,
          Audience.CORE, new KnowledgeContent("La carta de citació", "Com redactar-la", "", Set.of(), Set.of()), ""));

      Statement answered = platform.statements().reply(MARTA, answer.id());
      Statement commented = platform.statements().reply(MARTA, first.id());
      Statement again = platform.statements().reply(MARTA, second.id());
      Statement shared = platform.statements().sharing(MARTA, pill.id());

      for (Statement statement : List.of(answered, commented, again, shared)) {
        JsonNode json = JSON.readTree(statement.json());
        assertThat(Standards.xapiErrors(json)).as(statement.json()).isEmpty();
        assertThat(json.get("actor").get("account").get("name").textValue()).isEqualTo("marta");
        assertThat(statement.json()).doesNotContain("CEJFE", "anonimitzats", "Com redactar-la");
      }
      JsonNode answeredJson = JSON.readTree(answered.json());
      assertThat(answeredJson.get("verb").get("id").textValue()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
      assertThat(answeredJson.get("object").get("id").textValue()).isEqualTo(ISSUER.url() + "/threads/" + question);
      assertThat(answeredJson.get("object").get("definition").get("type").textValue())
          .isEqualTo("http://adlnet.gov/expapi/activities/question");
      assertThat(answeredJson.get("object").get("definition").get("name").get("und").textValue()).isEqualTo("Com es cita la víctima?");
      assertThat(JSON.readTree(commented.json()).get("verb").get("id").textValue()).isEqualTo("http://adlnet.gov/expapi/verbs/commented");
      assertThat(JSON.readTree(commented.json()).get("object").get("id").textValue()).isEqualTo(JSON.readTree(again.json()).get("object").get("id").textValue());
      assertThat(commented.id()).as("two replies, two statements").isNotEqualTo(again.id());
      assertThat(platform.statements().reply(MARTA, first.id())).as("stable").isEqualTo(commented);
      JsonNode sharedJson = JSON.readTree(shared.json());
      assertThat(sharedJson.get("verb").get("id").textValue()).isEqualTo("http://adlnet.gov/expapi/verbs/shared");
      assertThat(sharedJson.get("object").get("definition").get("name").get("und").textValue()).isEqualTo("La carta de citació");

      assertThatThrownBy(() -> platform.statements().reply(JORDI, opening.id())).as("an opening post is no reply")
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> platform.statements().reply(LAIA, answer.id())).as("not Laia's")
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> platform.statements().sharing(JORDI, pill.id())).as("not Jordi's")
          .isInstanceOf(NotFoundException.class);
      NotFoundException hidden = (NotFoundException) catchThrowable(() -> platform.statements().reply(XAVIER, answer.id()));
      NotFoundException random = (NotFoundException) catchThrowable(() -> platform.statements().reply(XAVIER, PostId.random()));
      assertThat(hidden.kind()).isEqualTo(random.kind());
      assertThatThrownBy(() -> platform.statements().sharing(MARTA, null))
          .isInstanceOfSatisfying(org.copkit.api.shared.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("item"));
    }
  }

  @Nested
  class WhoMayAsk {

    @Test
    void anOutsiderGetsTheSameNotFoundAsForARandomId() {
      NotFoundException hidden = (NotFoundException) catchThrowable(() -> platform.credentials().forCompletion(XAVIER, unit.id()));
      NotFoundException random = (NotFoundException) catchThrowable(() -> platform.credentials().forCompletion(XAVIER, LearningUnitId.random()));
      NotFoundException hiddenEvent = (NotFoundException) catchThrowable(() -> platform.statements().attendance(XAVIER, event.id()));
      NotFoundException randomEvent = (NotFoundException) catchThrowable(() -> platform.statements().attendance(XAVIER, CalendarEventId.random()));

      assertThat(hidden.kind()).isEqualTo(random.kind());
      assertThat(hiddenEvent.kind()).isEqualTo(randomEvent.kind());
      assertThat(platform.statements().completions(XAVIER, PageRequest.first(10))).isEmpty();
    }

    @Test
    void aPersonUnknownToTheDirectoryIsRefused() {
      assertThatThrownBy(() -> platform.credentials().forCompletion(MemberId.of("nobody"), unit.id()))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPlatformWithoutAnIssuerRefusesToIssue() {
      CopPlatform noIssuer = CopPlatform.builder().directory(InMemoryDirectory.of(Person.active(JORDI, "Jordi", ""))).build();

      assertThatThrownBy(() -> noIssuer.statements().completions(JORDI, PageRequest.first(1)))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    }
  }
}
