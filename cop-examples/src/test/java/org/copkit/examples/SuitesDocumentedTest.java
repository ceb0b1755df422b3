package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every suite of cop-tck is where an integrator or a vendor looks for it: storage suites in the
 * README and in the adapter guide's table, add-on suites in the vendor's guide. A suite added
 * without its line fails here.
 */
class SuitesDocumentedTest {

  private static final Path TCK = Path.of("../cop-tck/src/main/java/org/copkit/tck");

  /** The bases that suites extend; an adapter never extends them directly. */
  private static final Set<String> BASES =
      Set.of("StorageContract", "PendingItemsContract", "DiscussionStorageContract", "ModerationStorageContract");

  @Test
  void theReadmeAndTheAdapterGuideListEveryStorageSuite() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String guide = Files.readString(Path.of("../docs/adapters.md"));

    List<Path> suites = suites().filter(suite -> !suite.getParent().getFileName().toString().equals("addon")).toList();

    assertThat(suites).as("the storage suites found").hasSizeGreaterThan(15);
    assertThat(suites.stream().map(suite -> suite.getParent().getFileName() + "." + name(suite)))
        .as("suites missing from docs/adapters.md's table of suites")
        .filteredOn(qualified -> !guide.contains("| `" + qualified + "` |"))
        .isEmpty();
    assertThat(suites.stream().map(SuitesDocumentedTest::name))
        .as("suites missing from the README's list of suites")
        .filteredOn(name -> !readme.contains("`" + name + "`"))
        .isEmpty();
  }

  @Test
  void theVendorGuideListsEveryAddOnSuite() throws IOException {
    String guide = Files.readString(Path.of("../docs/extending.md"));

    List<Path> suites = suites().filter(suite -> suite.getParent().getFileName().toString().equals("addon")).toList();

    assertThat(suites).as("the add-on suites found").isNotEmpty();
    assertThat(suites.stream().map(SuitesDocumentedTest::name))
        .as("add-on suites missing from docs/extending.md")
        .filteredOn(name -> !guide.contains("| `" + name + "` |"))
        .isEmpty();
  }

  private static Stream<Path> suites() throws IOException {
    try (Stream<Path> files = Files.walk(TCK)) {
      return files.filter(file -> file.getFileName().toString().endsWith("Contract.java"))
          .filter(file -> !BASES.contains(name(file)))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String name(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.substring(0, fileName.length() - ".java".length());
  }
}
