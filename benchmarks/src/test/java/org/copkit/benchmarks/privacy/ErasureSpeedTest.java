package org.copkit.benchmarks.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The harness fills, exports and erases what it says on a small community on H2: Laia's export
 * holds her 200 posts and Marc's his 20, and after her erasure no post is hers, all of them are her
 * pseudonym's, and her export holds none. No figure is asserted: performance is measured by running
 * the harness, never in a unit test.
 */
class ErasureSpeedTest {

  @Test
  void theErasureLeavesNoPostByLaiaAndTheExportsHeldTheirPosts() throws Exception {
    ErasureSpeed.Settings settings = ErasureSpeed.Settings.parse("database=H2", "posts=200", "exports=1");

    ErasureSpeed.Result result = ErasureSpeed.run(settings);

    assertThat(settings.threads()).isEqualTo(2);
    assertThat(result.large().postRecords()).as("Laia's export held her posts").isEqualTo(200);
    assertThat(result.small().postRecords()).as("Marc's export held his").isEqualTo(20);
    assertThat(result.large().bytes()).isGreaterThan(result.small().bytes()).isPositive();
    assertThat(result.postsStored()).as("Laia's, Marc's, Marta's mentions and Jordi's opening").isEqualTo(200 + 20 + 2 + 1);
    assertThat(result.postsByLaiaAfter()).as("no post is Laia's after her erasure").isZero();
    assertThat(result.postsByPseudonym()).as("the community keeps them, signed by the pseudonym").isEqualTo(200);
    assertThat(result.postRecordsAfter()).as("her export after the erasure").isZero();
    assertThat(result.exportBytesAfter()).isPositive();
    assertThat(result.erasure().pseudonym().value()).startsWith("erased-");
    assertThat(result.erasure().records()).isGreaterThanOrEqualTo(200);
    assertThat(result.report()).contains("| laia | 200 | 200 |").contains("| marc | 20 | 20 |");
    assertThat(result.eraseParts()).extracting(ErasureSpeed.Part::name)
        .as("each of the storage's capabilities timed, then the change log and the catch-up")
        .contains("capability discussion (the storage's erase)", "capability attention (the storage's erase)",
            "capability change-log (first read of the log to the erasure's change)",
            "the erasure's change appended to the return (second pass, this node's catch-up)");
    assertThat(result.eraseParts()).filteredOn(part -> part.name().contains("changeLog.rewrite"))
        .singleElement().satisfies(part -> assertThat(part.calls())
            .as("her changes rewritten in one call per batch of the log read: the log is one batch here").isEqualTo(1));
  }

  @Test
  void recordsAreCountedInTheirSectionOnly() {
    byte[] document = ("{\"member\":\"laia\",\"capabilities\":{\"discussion\":{\"thread\":[{\"id\":\"t\"}],"
        + "\"post\":[{\"id\":\"a\",\"tags\":[\"x\"],\"nested\":{\"post\":[{}]}},{\"id\":\"b\"}]},"
        + "\"other\":{\"post\":[{}]}}}").getBytes(StandardCharsets.UTF_8);

    assertThat(ErasureSpeed.records(document, "discussion", "post")).isEqualTo(2);
    assertThat(ErasureSpeed.records(document, "discussion", "thread")).isEqualTo(1);
    assertThat(ErasureSpeed.records(document, "discussion", "reaction")).isZero();
  }

  @Test
  void postgresqlIsTheDefaultAndSettingsAreChecked() {
    ErasureSpeed.Settings defaults = ErasureSpeed.Settings.parse();
    assertThat(defaults.database()).isEqualTo(org.copkit.benchmarks.OwnSchema.Database.POSTGRESQL);
    assertThat(defaults.posts()).isEqualTo(10_000);
    assertThat(defaults.threads()).isEqualTo(100);
    assertThat(defaults.smallPosts()).isEqualTo(1_000);
    assertThat(defaults.drop()).isTrue();
    assertThat(defaults.anatomy()).isTrue();
    assertThatThrownBy(() -> ErasureSpeed.Settings.parse("posts=100", "threads=50"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErasureSpeed.Settings.parse("size=1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size");
  }
}
