package org.copkit.core.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import java.util.List;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.DigComp;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.CalendarEventId;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.storage.CopStorage;
import org.copkit.api.portfolio.IssuerProfile;
import org.copkit.api.portfolio.port.CredentialSigner;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the portfolio use cases share: the member's own achievements (a completion, a PRESENT
 * attendance) in communities they may still read, and how they become Open Badges credentials and
 * xAPI statements.
 */
final class PortfolioWork {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  private static final String DIGCOMP_URL = "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415";
  private static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
  private static final String ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/";

  final ObjectMapper json = new ObjectMapper();
  private final CopStorage storage;
  private final CommunityGate communities;
  private final Frameworks frameworks;
  private final Optional<IssuerProfile> issuer;
  private final CredentialSigner signer;
  private final UnitOfWork unitOfWork;

  PortfolioWork(CopStorage storage, CommunityGate communities, Frameworks frameworks, Optional<IssuerProfile> issuer,
      CredentialSigner signer) {
    this.storage = storage;
    this.communities = communities;
    this.frameworks = frameworks;
    this.issuer = issuer;
    this.signer = signer;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  IssuerProfile issuer() {
    return issuer.orElseThrow(() -> ConflictException.rule(
        "the platform has no issuer: give one with CopPlatform.builder().issuer(..) to export credentials and statements"));
  }

  CredentialSigner signer() {
    return signer;
  }

  /** A completed unit the actor may still see. */
  record Completed(LearningUnit unit, Completion completion) {}

  /** An event the actor was recorded present at. */
  record Attended(CalendarEvent event, Registration registration) {}

  Completed completed(MemberId actorId, LearningUnitId unitId) {
    Validation.required("unit", unitId);
    Actor actor = communities.actor(actorId);
    NotFoundException missing = new NotFoundException("completion", unitId.toString());
    LearningUnit unit = storage.learningUnits().find(unitId).orElseThrow(() -> missing);
    readable(actor, unit.community(), missing);
    Completion completion = storage.completions().find(unitId, actorId).orElseThrow(() -> missing);
    return new Completed(unit, completion);
  }

  Optional<Completed> completed(Actor actor, Completion completion) {
    Optional<LearningUnit> unit = storage.learningUnits().find(completion.unit());
    if (unit.isEmpty() || !communities.standing(actor, unit.get().community()).canRead()) {
      return Optional.empty();
    }
    return Optional.of(new Completed(unit.get(), completion));
  }

  Attended attended(MemberId actorId, CalendarEventId eventId) {
    Validation.required("event", eventId);
    Actor actor = communities.actor(actorId);
    NotFoundException missing = new NotFoundException("attendance", eventId.toString());
    CalendarEvent event = storage.calendarEvents().find(eventId).orElseThrow(() -> missing);
    readable(actor, event.community(), missing);
    Registration registration = storage.registrations().find(eventId, actorId)
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.attendance() == Attendance.PRESENT)
        .orElseThrow(() -> missing);
    return new Attended(event, registration);
  }

  /** A claim of the actor's own that was validated, with the entry of its latest validation. */
  record Validated(CompetenceClaim claim, ClaimEntry validation, List<ClaimEntry> history, String community) {}

  Validated validated(MemberId actorId, ClaimId claimId) {
    Validation.required("claim", claimId);
    Actor actor = communities.actor(actorId);
    NotFoundException missing = new NotFoundException("validation", claimId.toString());
    CompetenceClaim claim = storage.competenceClaims().find(claimId)
        .filter(c -> c.member().equals(actorId) && c.validatedLevel() > 0).orElseThrow(() -> missing);
    readable(actor, claim.community(), missing);
    List<ClaimEntry> history = storage.competenceClaims().history(claimId);
    ClaimEntry validation = history.stream().filter(e -> e.kind() == ClaimEntryKind.VALIDATED)
        .reduce((first, second) -> second).orElseThrow(() -> missing);
    String community = storage.communities().find(claim.community()).map(Community::name)
        .orElseThrow(() -> missing);
    return new Validated(claim, validation, history, community);
  }

  /** @return the competence and the name of its level, such as {@code "Intermediate"} */
  String levelName(CompetenceLevel target) {
    CompetenceFramework framework = frameworks.find(target.competence().framework()).orElseThrow();
    return framework.level(target.level()).map(l -> l.band()).orElse("level " + target.level());
  }

  /** @return the competence's name in its framework */
  Competence competence(CompetenceLevel target) {
    return frameworks.find(target.competence()).orElseThrow();
  }

  /** @return the framework of a competence */
  CompetenceFramework framework(CompetenceLevel target) {
    return frameworks.find(target.competence().framework()).orElseThrow();
  }

  Actor actor(MemberId actorId) {
    return communities.actor(actorId);
  }

  Completions completionsOf(MemberId member, org.copkit.api.shared.PageRequest page) {
    return new Completions(storage.completions().ofMember(member, page).items());
  }

  record Completions(java.util.List<Completion> items) {}

  private void readable(Actor actor, CommunityId community, NotFoundException missing) {
    Standing standing = communities.standingAt(actor, community, missing.kind(), missing.id());
    if (!standing.canRead()) {
      throw missing;
    }
  }

  // ---- Open Badges 3.0 ----

  ObjectNode credential(String kind, String achievementId, MemberId member, String name, String description,
      String criteria, String achievementType, Set<CompetenceLevel> competences, Instant validFrom) {
    return credential(kind, achievementId, member, name, description, criteria, achievementType, competences, validFrom,
        List.of());
  }

  /** Evidence of an achievement: a link and what it shows. */
  record EvidenceLink(String url, String name, String narrative) {}

  ObjectNode credential(String kind, String achievementId, MemberId member, String name, String description,
      String criteria, String achievementType, Set<CompetenceLevel> competences, Instant validFrom,
      List<EvidenceLink> evidence) {
    IssuerProfile issuer = issuer();
    ObjectNode credential = json.createObjectNode();
    credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
    credential.put("id", "urn:uuid:" + stableId("credential", kind, achievementId, member));
    credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
    ObjectNode profile = credential.putObject("issuer");
    profile.put("id", issuer.id());
    profile.putArray("type").add("Profile");
    profile.put("name", issuer.name());
    profile.put("url", issuer.url());
    credential.put("validFrom", seconds(validFrom));
    credential.put("name", name);
    ObjectNode subject = credential.putObject("credentialSubject");
    subject.putArray("type").add("AchievementSubject");
    ObjectNode identifier = subject.putArray("identifier").addObject();
    identifier.put("type", "IdentityObject");
    identifier.put("identityHash", member.value());
    identifier.put("identityType", "systemId");
    identifier.put("hashed", false);
    ObjectNode achievement = subject.putObject("achievement");
    achievement.put("id", achievementId);
    achievement.putArray("type").add("Achievement");
    achievement.put("achievementType", achievementType);
    achievement.put("name", name);
    achievement.put("description", description);
    achievement.putObject("criteria").put("narrative", criteria);
    if (!competences.isEmpty()) {
      ArrayNode alignments = achievement.putArray("alignment");
      competences.stream().sorted(Comparator.comparing(c -> c.competence().toString()))
          .forEach(target -> alignments.add(alignment(target)));
    }
    if (!evidence.isEmpty()) {
      ArrayNode links = credential.putArray("evidence");
      for (EvidenceLink link : evidence) {
        ObjectNode node = links.addObject();
        node.put("id", link.url());
        node.putArray("type").add("Evidence");
        node.put("name", link.name());
        if (!link.narrative().isEmpty()) {
          node.put("narrative", link.narrative());
        }
      }
    }
    return DataIntegrity.signed(credential, signer, seconds(validFrom));
  }

  private ObjectNode alignment(CompetenceLevel target) {
    CompetenceFramework framework = frameworks.find(target.competence().framework()).orElseThrow();
    Competence competence = framework.competence(target.competence().code()).orElseThrow();
    ObjectNode alignment = json.createObjectNode();
    alignment.putArray("type").add("Alignment");
    alignment.put("targetName", competence.name());
    alignment.put("targetUrl", framework.ref().equals(DigComp.V2_2)
        ? DIGCOMP_URL + "#competence-" + competence.ref().code()
        : "urn:copkit:competence:" + framework.ref().id() + ":" + framework.ref().version() + ":" + competence.ref().code());
    alignment.put("targetFramework", framework.name());
    alignment.put("targetCode", competence.ref().code());
    alignment.put("targetType", "ceasn:Competency");
    framework.level(target.level()).ifPresent(level -> alignment.put("targetDescription",
        "Proficiency level " + level.rank() + " of " + framework.levels().size() + " (" + level.band() + ")"));
    return alignment;
  }

  // ---- xAPI 1.0.3 ----

  ObjectNode statement(String verb, String activityId, String activityType, String activityName, MemberId member,
      Instant timestamp, CommunityId community) {
    return statement(verb, activityId, activityId, ADL_ACTIVITIES + activityType, activityName, member, timestamp,
        community);
  }

  /**
   * @param what what the statement is about, its ID's seed: the activity, or the member's own post
   *     on it when they may act on it more than once
   * @param activityType the activity type's IRI
   */
  ObjectNode statement(String verb, String what, String activityId, String activityType, String activityName,
      MemberId member, Instant timestamp, CommunityId community) {
    IssuerProfile issuer = issuer();
    ObjectNode statement = json.createObjectNode();
    statement.put("id", stableId("statement", verb, what, member).toString());
    ObjectNode actor = statement.putObject("actor");
    actor.put("objectType", "Agent");
    ObjectNode account = actor.putObject("account");
    account.put("homePage", issuer.url());
    account.put("name", member.value());
    ObjectNode verbNode = statement.putObject("verb");
    verbNode.put("id", ADL_VERBS + verb);
    verbNode.putObject("display").put("en-US", verb);
    ObjectNode object = statement.putObject("object");
    object.put("objectType", "Activity");
    object.put("id", activityId);
    ObjectNode definition = object.putObject("definition");
    definition.putObject("name").put("und", activityName);
    definition.put("type", activityType);
    ObjectNode context = statement.putObject("context");
    context.put("platform", "CoPKit");
    ObjectNode grouping = context.putObject("contextActivities").putArray("grouping").addObject();
    grouping.put("objectType", "Activity");
    grouping.put("id", issuer.url() + "/communities/" + community);
    statement.put("timestamp", seconds(timestamp));
    return statement;
  }

  String unitIri(LearningUnitId unit) {
    return issuer().url() + "/learning-units/" + unit;
  }

  String validationIri(CompetenceClaim claim, int level) {
    return issuer().url() + "/competences/" + claim.competence().framework().id() + "/"
        + claim.competence().framework().version() + "/" + claim.competence().code() + "/levels/" + level;
  }

  String threadIri(ThreadId thread) {
    return issuer().url() + "/threads/" + thread;
  }

  String itemIri(KnowledgeItemId item) {
    return issuer().url() + "/knowledge-items/" + item;
  }

  /** A reply of the actor's, published, in a thread that is not removed, that they may still read. */
  record Replied(DiscussionThread thread, Post post) {}

  Replied replied(MemberId actorId, PostId postId) {
    Validation.required("post", postId);
    Actor actor = communities.actor(actorId);
    NotFoundException missing = new NotFoundException("reply", postId.toString());
    Post post = storage.posts().find(postId)
        .filter(p -> p.author().equals(actorId) && p.state() == PostState.PUBLISHED).orElseThrow(() -> missing);
    DiscussionThread thread = storage.threads().find(post.thread())
        .filter(t -> t.state() == PostState.PUBLISHED && !t.openingPost().equals(postId)).orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, post.community(), missing.kind(), missing.id());
    if (!standing.sees(thread.audience()) || !standing.sees(post.audience())) {
      throw missing;
    }
    return new Replied(thread, post);
  }

  /** A knowledge item the actor created, that they may still read. */
  KnowledgeItem created(MemberId actorId, KnowledgeItemId itemId) {
    Validation.required("item", itemId);
    Actor actor = communities.actor(actorId);
    NotFoundException missing = new NotFoundException("knowledge item", itemId.toString());
    KnowledgeItem item = storage.knowledgeItems().find(itemId).filter(i -> i.createdBy().equals(actorId))
        .orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, item.community(), missing.kind(), missing.id());
    if (!standing.sees(item.audience())) {
      throw missing;
    }
    return item;
  }

  String eventIri(CalendarEventId event) {
    return issuer().url() + "/learning-events/" + event;
  }

  static UUID stableId(String what, String kind, String subject, MemberId member) {
    return UUID.nameUUIDFromBytes(("copkit:" + what + ":" + kind + ":" + subject + ":" + member.value())
        .getBytes(StandardCharsets.UTF_8));
  }

  static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
