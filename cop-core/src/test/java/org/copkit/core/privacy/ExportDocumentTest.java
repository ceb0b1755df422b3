package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * The export document: valid against {@code docs/privacy-export.schema.json}, with a section per
 * capability; and streamed, reaching the caller's stream while a capability is still writing.
 */
class ExportDocumentTest {

  private static final MemberId JORDI = MemberId.of("jordi");
  private static final MemberId LAIA = MemberId.of("laia");

  /** The documented schema, for the tests of this package. */
  static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(Path.of("../docs/privacy-export.schema.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes many records of its own, noting how much of the document had reached the stream half-way. */
  private static final class Bulk implements PersonalData {
    private final int records;
    private final ByteArrayOutputStream[] out = new ByteArrayOutputStream[1];
    private final AtomicLong sizeHalfWay = new AtomicLong(-1);

    Bulk(int records) {
      this.records = records;
    }

    @Override
    public String capability() {
      return "bulk";
    }

    @Override
    public void export(MemberId member, PersonalRecords sink) {
      for (int i = 0; i < records; i++) {
        if (i == records / 2) {
          sizeHalfWay.set(out[0].size());
        }
        sink.record("note", Map.of("n", i, "text", "note number " + i + " of " + member));
      }
    }

    @Override
    public long erase(Pseudonymisation erasure) {
      return 0;
    }
  }

  private static InMemoryDirectory directory() {
    return InMemoryDirectory.of(Person.active(JORDI, "Jordi Casals", "Mediació"), Person.active(LAIA, "Laia Pons", "Víctimes"));
  }

  @Test
  void isValidAgainstTheDocumentedSchema() throws IOException {
    CopPlatform platform = CopPlatform.builder().directory(directory()).discoverModerationRules(false).build();
    CommunityId community = platform.lifecycle().create(JORDI,
        new CommunityDetails("Mediació penal", "Mediation", "", Visibility.OPEN)).id();
    platform.moderation().configure(JORDI, community, new ModerationPolicy(0, 0.5, java.time.Duration.ZERO, 100, 100, 20, 100));
    platform.joining().join(LAIA, community, "hola");
    Post opening = ((PostOutcome.Published) platform.discussions().start(LAIA, new StartThread(community,
        ThreadKind.QUESTION, Audience.COMMUNITY, "Com es fa?", "Primera versió", Set.of("mediacio")))).post();
    platform.discussions().edit(LAIA, new EditPost(opening.id(), opening.version(), "Segona versió", "typo"));
    Post reply = ((PostOutcome.Published) platform.discussions().reply(JORDI,
        new Reply(opening.thread(), Optional.empty(), "Així, @laia"))).post();
    platform.discussions().react(LAIA, reply.id(), Reaction.LIKE);
    platform.moderation().flag(LAIA, new RaiseFlag(community, new ModerationSubject.OfPost(reply.id()),
        FlagReason.OFF_TOPIC, "no"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().export(LAIA, LAIA, out);
    String json = out.toString(StandardCharsets.UTF_8);

    assertThat(SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList()).isEmpty();
    JsonNode document = new ObjectMapper().readTree(json);
    assertThat(document.get("capabilities").fieldNames()).toIterable()
        .containsExactly("community", "discussion", "moderation", "audit", "outbox", "knowledge", "production",
            "learning", "competence", "portfolio", "attention", "documents", "change-log");
    JsonNode changes = document.get("capabilities").get("change-log").get("change");
    assertThat(changes).as("the feed's publication of her thread").anySatisfy(change -> {
      assertThat(change.get("topic").asText()).isEqualTo("feed");
      assertThat(change.get("change").asText()).isEqualTo("published");
      assertThat(change.get("author").asText()).isEqualTo("laia");
    });
    JsonNode discussion = document.get("capabilities").get("discussion");
    assertThat(discussion.get("post")).hasSize(1);
    assertThat(discussion.get("post").get(0).get("body").asText()).isEqualTo("Segona versió");
    assertThat(discussion.get("post-revision")).isNotEmpty();
    assertThat(discussion.get("reaction").get(0).get("reaction").asText()).isEqualTo("LIKE");
    assertThat(discussion.get("mentioned-in").get(0).get("post").asText()).isEqualTo(reply.id().toString());
    assertThat(document.get("capabilities").get("community").get("membership").get(0).get("tier").asText())
        .isEqualTo("PARTICIPANT");
  }

  @Test
  void aMemberWithManyRecordsIsStreamedNotBuiltInMemory() throws IOException {
    Bulk bulk = new Bulk(20_000);
    CopPlatform platform = CopPlatform.builder().directory(directory()).personalData(bulk).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    bulk.out[0] = out;

    platform.privacy().export(LAIA, LAIA, out);

    assertThat(bulk.sizeHalfWay.get()).as("bytes in the stream half-way through the records")
        .isGreaterThan(out.size() / 4L).isLessThan(out.size() * 3L / 4);
    JsonNode notes = new ObjectMapper().readTree(out.toByteArray()).get("capabilities").get("bulk").get("note");
    assertThat(notes).hasSize(20_000);
    assertThat(notes.get(19_999).get("n").asInt()).isEqualTo(19_999);
    assertThat(SCHEMA.validate(out.toString(StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
  }

  @Test
  void aCapabilityThatWritesAKindApartIsRefused() throws IOException {
    PersonalData scattered = new PersonalData() {
      @Override
      public String capability() {
        return "scattered";
      }

      @Override
      public void export(MemberId member, PersonalRecords out) {
        out.record("a", Map.of("n", 1));
        out.record("b", Map.of("n", 2));
        out.record("a", Map.of("n", 3));
      }

      @Override
      public long erase(Pseudonymisation erasure) {
        return 0;
      }
    };
    CopPlatform platform = CopPlatform.builder().directory(directory()).personalData(scattered).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> platform.privacy().export(LAIA, LAIA, new ByteArrayOutputStream()))
        .hasMessageContaining("kind 'a' apart");
    assertThat(Privacy.EXPORT_SCHEMA).isEqualTo(new ObjectMapper().readTree(schemaText()).get("$id").asText());
  }

  private static String schemaText() {
    try {
      return Files.readString(Path.of("../docs/privacy-export.schema.json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
