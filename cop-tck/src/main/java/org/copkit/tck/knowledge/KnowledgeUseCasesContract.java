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
 * and leaves nothing behind; who may not write library documents creates none.
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
   */
  public record UseCases(CommunityLifecycle lifecycle, Joining joining, KnowledgeBase base, Library library,
      KnowledgeQueries queries) {}

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
}
