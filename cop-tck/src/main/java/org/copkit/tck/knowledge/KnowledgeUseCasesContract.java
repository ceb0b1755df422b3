package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Joining;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.knowledge.Library;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: the knowledge base's use cases on the storage under test, end to end. A library
 * document has a link, a file or both: one created with its file needs no link, is read and
 * downloaded whole, and may keep no link; one with neither is refused naming {@code content.link}
 * and leaves nothing behind; who may not write library documents creates none. A comment on an
 * item is flagged by whoever may read the item (for anyone else it is missing, as an unused ID),
 * waits in the e-moderators' review queue, and rejected it is hidden from the item's comments.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)},
 * with communities activated at once.
 */
@ExtendWith(ReadableFailures.class)
public abstract class KnowledgeUseCasesContract {

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param joining admitting members
   * @param base writing items
   * @param library files of library documents
   * @param queries reading
   * @param feedback comments
   * @param moderation flags and decisions
   * @param moderationQueries the review queue
   * @param search finding items by their words and their comments
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, KnowledgeBase base, Library library,
      KnowledgeQueries queries, org.copkit.api.knowledge.KnowledgeFeedback feedback,
      org.copkit.api.moderation.Moderation moderation, org.copkit.api.moderation.ModerationQueries moderationQueries,
      org.copkit.api.search.Search search) {}

  /**
   * Builds the use cases on a fresh, empty storage.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId moderator = person("moderator");
  private final MemberId core = person("core");
  private final MemberId participant = person("participant");
  private UseCases platform;
  private CommunityId community;

  /** For subclasses. */
  protected KnowledgeUseCasesContract() {}

  private MemberId person(String id) {
    MemberId memberId = MemberId.of(id);
    people.put(memberId, Person.active(memberId, "Person " + id, "Unit"));
    return memberId;
  }

  @BeforeEach
  void buildPlatform() {
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
    community = platform.lifecycle().create(moderator, new CommunityDetails("Mediació", "Criminal mediation", "",
        Visibility.OPEN)).id();
    admit(core, Tier.CORE);
    admit(participant, Tier.PARTICIPANT);
  }

  private void admit(MemberId member, Tier tier) {
    platform.joining().accept(member, platform.joining().invite(moderator, new Invite(community, member, tier, "")).id());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private CreateItem document(String link) {
    return new CreateItem(community, KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY,
        new KnowledgeContent("Protocol de mediació", "El protocol signat", link, Set.of("protocol"), Set.of()), "");
  }

  @Test
  void aLibraryDocumentCreatedWithItsFileNeedsNoLink() {
    AttachedFile file = platform.library().create(core, document(""), "protocol·l.pdf", "application/pdf", bytes("PDF"));

    KnowledgeItem read = platform.queries().item(participant, file.item());
    assertThat(read.kind()).isEqualTo(KnowledgeKind.LIBRARY_DOCUMENT);
    assertThat(read.revision()).isEqualTo(1);
    assertThat(read.current().content().link()).isEmpty();
    assertThat(platform.library().files(participant, read.id())).containsExactly(file);
    try (Library.Download download = platform.library().download(participant, read.id())) {
      assertThat(new String(download.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("PDF");
      assertThat(download.file().name()).isEqualTo("protocol·l.pdf");
    }
    KnowledgeItem edited = platform.base().edit(moderator, new EditItem(read.id(), 1,
        new KnowledgeContent("Protocol", "Revisat", "", Set.of(), Set.of()), "revisat"));
    assertThat(edited.current().content().link()).isEmpty();
  }

  @Test
  void aLibraryDocumentWithNeitherLinkNorFileIsRefusedAndWhoMayNotWriteCreatesNone() {
    KnowledgeItem linked = platform.base().create(core, document("https://example.org/protocol"));

    assertThatThrownBy(() -> platform.base().create(core, document("")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content.link"));
    assertThatThrownBy(() -> platform.base().edit(core, new EditItem(linked.id(), 1,
        new KnowledgeContent("Protocol", "Sense enllaç", "", Set.of(), Set.of()), "fora")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content.link"));
    assertThatThrownBy(() -> platform.library().create(participant, document(""), "a.pdf", "application/pdf", bytes("x")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(platform.queries().items(moderator, community, PageRequest.first(10)).items()).containsExactly(linked);
    assertThat(platform.library().files(moderator, linked.id())).isEmpty();
  }

  /** @return the IDs of what the reader finds for the words */
  private java.util.List<String> found(MemberId reader, String words) {
    return platform.search().search(reader, org.copkit.api.search.SearchQuery.of(words)).hits().items().stream()
        .map(org.copkit.api.search.SearchHit::id).toList();
  }

  @Test
  void aCommentIsFlaggedIntoTheReviewQueueAndHiddenWhenRejected() {
    MemberId outsider = person("outsider");
    KnowledgeItem workingGroups = platform.base().create(core, new CreateItem(community, KnowledgeKind.LIBRARY_DOCUMENT,
        Audience.CORE, new KnowledgeContent("Acta", "Del grup", "https://example.org/acta", Set.of(), Set.of()), ""));
    KnowledgeItem item = platform.base().create(core, document("https://example.org/protocol"));
    assertThat(found(participant, "bestiesa")).isEmpty();
    org.copkit.api.knowledge.ItemComment rude = platform.feedback().comment(participant,
        org.copkit.api.knowledge.CommentOnItem.on(item.id(), "Quina bestiesa"));
    assertThat(found(participant, "bestiesa")).as("a comment's words find its item").containsExactly(item.id().toString());
    org.copkit.api.knowledge.ItemComment kind = platform.feedback().comment(core,
        org.copkit.api.knowledge.CommentOnItem.on(item.id(), "Molt útil"));
    org.copkit.api.knowledge.ItemComment hidden = platform.feedback().comment(core,
        org.copkit.api.knowledge.CommentOnItem.on(workingGroups.id(), "Només per al grup"));

    for (org.copkit.api.moderation.ModerationSubject missing : java.util.List.of(
        new org.copkit.api.moderation.ModerationSubject.OfItemComment(hidden.id()),
        new org.copkit.api.moderation.ModerationSubject.OfItemComment(org.copkit.api.knowledge.ItemCommentId.random()))) {
      assertThatThrownBy(() -> platform.moderation().flag(participant, new org.copkit.api.moderation.RaiseFlag(community,
          missing, org.copkit.api.moderation.FlagReason.INAPPROPRIATE, "")))
          .as("a comment on an item the flagger may not read is missing as an unused ID")
          .isInstanceOf(org.copkit.api.shared.NotFoundException.class)
          .hasMessage(new org.copkit.api.shared.NotFoundException("comment", missing.idText()).getMessage());
    }
    assertThatThrownBy(() -> platform.moderation().flag(outsider, new org.copkit.api.moderation.RaiseFlag(community,
        new org.copkit.api.moderation.ModerationSubject.OfItemComment(rude.id()),
        org.copkit.api.moderation.FlagReason.INAPPROPRIATE, ""))).isInstanceOf(AccessDeniedException.class);
    assertThat(platform.moderationQueries().queue(moderator, community, PageRequest.first(10)).items()).isEmpty();

    platform.moderation().flag(core, new org.copkit.api.moderation.RaiseFlag(community,
        new org.copkit.api.moderation.ModerationSubject.OfItemComment(rude.id()),
        org.copkit.api.moderation.FlagReason.INAPPROPRIATE, "to no one"));
    platform.moderation().flag(participant, new org.copkit.api.moderation.RaiseFlag(community,
        new org.copkit.api.moderation.ModerationSubject.OfItemComment(kind.id()),
        org.copkit.api.moderation.FlagReason.SPAM, ""));
    var queue = platform.moderationQueries().queue(moderator, community, PageRequest.first(10)).items();
    assertThat(queue).extracting(r -> r.subject().key()).containsExactlyInAnyOrder("comment:" + rude.id(),
        "comment:" + kind.id());
    for (var waiting : queue) {
      org.copkit.api.moderation.Decision decision = waiting.subject().idText().equals(rude.id().toString())
          ? new org.copkit.api.moderation.Decision.Reject("Ofensiu")
          : new org.copkit.api.moderation.Decision.Approve();
      platform.moderation().decide(moderator, new org.copkit.api.moderation.Decide(waiting.id(), waiting.version(), decision));
    }

    assertThat(platform.feedback().comments(participant, item.id(), PageRequest.first(10)).items()).containsExactly(kind);
    assertThat(platform.feedback().summary(participant, item.id()).comments()).isEqualTo(1);
    assertThat(found(participant, "bestiesa")).as("a hidden comment's words no longer do").isEmpty();
    assertThat(found(participant, "útil")).containsExactly(item.id().toString());
    assertThat(found(participant, "només grup")).as("a comment on what the reader may not read").isEmpty();
    assertThat(platform.moderationQueries().queue(moderator, community, PageRequest.first(10)).items()).isEmpty();
  }
}
