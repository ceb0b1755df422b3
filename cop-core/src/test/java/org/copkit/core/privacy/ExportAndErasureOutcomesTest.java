package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.knowledge.AttachFile;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.DocumentKey;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.RetentionSweep;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export and an erasure leave behind, seen by their caller: the export's document and
 * archive have reached the caller's stream, flushed, when the call returns, and the archive is a
 * whole ZIP (its central directory written) any tool opens; a record's collections are exported
 * element by element; an erasure counts each file whose bytes it deleted in a {@code REMOVE}
 * community, and none it found gone; the node that erased applies the erasure before {@code erase}
 * returns; a policy for an unknown community is refused as not found; a retention sweep goes on
 * past a batch of exactly {@link Privacy#SWEEP_BATCH}.
 */
class ExportAndErasureOutcomesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An add-on's record with a list and a set in it. */
  private static final PersonalData BADGES = new PersonalData() {
    @Override
    public String capability() {
      return "insignies";
    }

    @Override
    public void export(MemberId member, PersonalRecords out) {
      out.record("insignia", Map.of("holder", member, "temes", List.of("mediació", "víctimes"),
          "nivells", List.of(1, 2), "buida", Set.of()));
    }

    @Override
    public long erase(Pseudonymisation erasure) {
      return 0;
    }
  };

  private static ConversationScene scene() {
    return new ConversationScene(Visibility.CLOSED,
        b -> b.personalData(BADGES).feedCatchUpInterval(Duration.ofSeconds(60))
            .retention("audit-entry", Duration.ofDays(60)));
  }

  /** A library document Laia wrote in the scene's community, with a file she attached. */
  private static KnowledgeItem documentWithAFile(ConversationScene scene, String name, String bytes) {
    scene.promote(LAIA, Tier.CORE);
    KnowledgeItem item = scene.platform.knowledgeBase().create(LAIA, new CreateItem(scene.community.id(),
        KnowledgeKind.LIBRARY_DOCUMENT, Audience.COMMUNITY, new KnowledgeContent("Guia de cercles",
            "El cos de la guia", "https://docs.example.org/cercles", Set.of(), Set.of()), ""));
    scene.platform.library().attach(LAIA, new AttachFile(item.id(), item.revision(), name, "text/plain", ""),
        new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)));
    return item;
  }

  private static JsonNode export(ConversationScene scene, MemberId member) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    scene.platform.privacy().export(NURIA, member, out);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void theExportHasReachedTheCallersStreamWhenTheCallReturns() throws IOException {
    ConversationScene scene = scene();
    ByteArrayOutputStream reached = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(reached, 1 << 20);

    scene.platform.privacy().export(LAIA, LAIA, buffered);

    assertThat(JSON.readTree(reached.toByteArray()).get("member").asText()).isEqualTo(LAIA.value());
  }

  @Test
  void theArchiveIsAWholeZipFlushedToTheCallersStream(@TempDir Path folder) throws IOException {
    ConversationScene scene = scene();
    KnowledgeItem item = documentWithAFile(scene, "cercles.txt", "els bytes de la guia de cercles");
    ByteArrayOutputStream reached = new ByteArrayOutputStream();

    scene.platform.privacy().exportArchive(LAIA, LAIA, new BufferedOutputStream(reached, 1 << 20));

    Path archive = Files.write(folder.resolve("laia.zip"), reached.toByteArray());
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries.keySet()).containsExactly(Privacy.ARCHIVE_DOCUMENT,
        Privacy.ARCHIVE_FILES + item.id() + "/" + (item.revision() + 1) + "/cercles.txt");
    assertThat(JSON.readTree(entries.get(Privacy.ARCHIVE_DOCUMENT)).get("member").asText()).isEqualTo("laia");
    assertThat(entries).containsValue("els bytes de la guia de cercles");
  }

  @Test
  void aRecordsCollectionsAreExportedElementByElement() throws IOException {
    ConversationScene scene = scene();

    JsonNode badge = export(scene, LAIA).get("capabilities").get("insignies").get("insignia").get(0);

    assertThat(badge.get("temes").toString()).isEqualTo("[\"mediació\",\"víctimes\"]");
    assertThat(badge.get("nivells").toString()).isEqualTo("[1,2]");
    assertThat(badge.get("buida").toString()).isEqualTo("[]");
    assertThat(badge.get("holder").asText()).isEqualTo("laia");
  }

  @Test
  void anErasureCountsEachFileWhoseBytesItDeletedAndNoneItFoundGone() throws IOException {
    ConversationScene deleting = scene();
    ConversationScene alreadyGone = scene();
    for (ConversationScene scene : List.of(deleting, alreadyGone)) {
      scene.platform.privacy().setPolicy(NURIA, scene.community.id(), ErasurePolicy.REMOVE);
      documentWithAFile(scene, "cercles.txt", "els bytes de la guia de cercles");
    }
    DocumentKey gone = new DocumentKey(export(alreadyGone, LAIA).get("capabilities").get("knowledge")
        .get("attached-file").get(0).get("document").asText());
    export(deleting, LAIA); // the same audit entry in both
    assertThat(alreadyGone.documents.delete(gone)).isTrue();

    Erasure deleted = deleting.platform.privacy().erase(LAIA, LAIA);
    Erasure notFound = alreadyGone.platform.privacy().erase(LAIA, LAIA);

    assertThat(deleted.records()).as("the same records, and the file deleted").isEqualTo(notFound.records() + 1);
  }

  @Test
  void theNodeThatErasedAppliesTheErasureBeforeEraseReturns() {
    ConversationScene scene = scene();
    scene.platform.discussions().start(LAIA, StartThread.discussion(scene.community.id(), "Cercles restauratius",
        "Com prepareu un cercle?"));
    scene.platform.catchUp();
    assertThat(authorsInFeedOf(scene, MARTA)).contains(LAIA);

    Erasure erasure = scene.platform.privacy().erase(LAIA, LAIA);

    assertThat(authorsInFeedOf(scene, MARTA)).as("without waiting for the next catch-up")
        .doesNotContain(LAIA).contains(erasure.pseudonym());
  }

  private static List<MemberId> authorsInFeedOf(ConversationScene scene, MemberId reader) {
    return scene.platform.feed().feed(reader, FeedQuery.first(50)).items().stream().map(FeedItem::author).toList();
  }

  @Test
  void aPolicyForACommunityThatDoesNotExistIsNotFoundAndNothingIsAudited() {
    ConversationScene scene = scene();
    CommunityId unknown = CommunityId.random();

    assertThatThrownBy(() -> scene.platform.privacy().setPolicy(NURIA, unknown, ErasurePolicy.REMOVE))
        .isInstanceOf(NotFoundException.class);
    assertThat(scene.storage.transactions().inTransaction(() -> scene.storage.auditTrail()
        .list(unknown.toString(), PageRequest.first(10)).items())).isEmpty();
  }

  @Test
  void aSweepGoesOnPastABatchOfExactlyTheBatchSize() {
    ConversationScene scene = scene();
    Instant old = scene.clock.instant().minus(Duration.ofDays(100)); // the scene began 30 days ago
    int entries = Privacy.SWEEP_BATCH + Privacy.SWEEP_BATCH / 2;
    scene.storage.transactions().inTransaction(() -> {
      for (int i = 0; i < entries; i++) {
        scene.storage.auditTrail().append(new AuditEntry(old.plusSeconds(i), Optional.of(MARTA), false, "antic",
            AuditAction.MEMBER_DATA_READ, Optional.empty(), "lectura " + i, ""));
      }
      return null;
    });

    RetentionSweep swept = scene.platform.privacy().sweep(scene.clock.instant());

    assertThat(swept.removed()).containsEntry("audit-entry", (long) entries);
    assertThat(scene.storage.transactions().inTransaction(() -> scene.storage.auditTrail()
        .list("antic", PageRequest.first(10)).items())).isEmpty();
  }
}
