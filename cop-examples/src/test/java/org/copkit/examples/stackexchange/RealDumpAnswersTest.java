package org.copkit.examples.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Window;
import org.copkit.core.memory.InMemoryStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the real Bicycles Meta dump, a question counts as answered only when an answer (a row of
 * {@code Posts.xml} with {@code PostTypeId} 2) by someone other than the asker exists: comments on
 * the question, which Stack Exchange shows under it, answer nothing. The expected figures are read
 * from the dump's XML directly, not through the importer.
 */
class RealDumpAnswersTest {

  private static final String STAND_IN = "stand-in";

  private static Path dump;
  private static CommunityReport report;

  @BeforeAll
  static void importTheDump() {
    dump = Dumps.bicyclesMetaOrSkip();
    ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create()).importFrom(dump);
    Window wholeDump = Window.between(imported.firstActivity().truncatedTo(ChronoUnit.DAYS),
        imported.lastActivity().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS));
    report = imported.platform().participationReports()
        .community(imported.administrator(), imported.community(), wholeDump);
  }

  @Test
  void aQuestionIsAnsweredOnlyByAnAnswerOfSomeoneElseNeverByAComment() throws Exception {
    Set<String> users = new HashSet<>();
    rows(dump.resolve("Users.xml"), row -> {
      if (Long.parseLong(row.get("Id")) > 0) {
        users.add(row.get("Id"));
      }
    });
    Map<String, String> askers = new HashMap<>();
    Map<String, String> answerAuthors = new HashMap<>();
    Map<String, String> answerParents = new HashMap<>();
    rows(dump.resolve("Posts.xml"), row -> {
      String author = users.contains(row.get("OwnerUserId")) ? row.get("OwnerUserId") : STAND_IN;
      if ("1".equals(row.get("PostTypeId"))) {
        askers.put(row.get("Id"), author);
      } else if ("2".equals(row.get("PostTypeId"))) {
        answerAuthors.put(row.get("Id"), author);
        answerParents.put(row.get("Id"), row.get("ParentId"));
      }
    });
    Set<String> answered = new HashSet<>();
    answerParents.forEach((answer, question) -> {
      if (askers.containsKey(question) && !answerAuthors.get(answer).equals(askers.get(question))) {
        answered.add(question);
      }
    });
    Set<String> commentedOnly = new HashSet<>();
    rows(dump.resolve("Comments.xml"), row -> {
      String question = row.get("PostId");
      if (askers.containsKey(question) && users.contains(row.get("UserId"))
          && !row.get("UserId").equals(askers.get(question)) && !answered.contains(question)) {
        commentedOnly.add(question);
      }
    });

    assertThat(commentedOnly)
        .as("the dump must hold questions that others commented on but nobody answered, or this test proves nothing")
        .isNotEmpty();
    assertThat(report.questions().asked()).as("every question of the dump is imported").isEqualTo(askers.size());
    assertThat(report.questions().answered())
        .as("questions with an answer by someone other than the asker; %d more were only commented on",
            commentedOnly.size())
        .isEqualTo(answered.size());
  }

  /** Streams the {@code row} elements of a dump file, each as its attributes. */
  private static void rows(Path file, Consumer<Map<String, String>> each) throws Exception {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            row.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          each.accept(row);
        }
      }
      reader.close();
    }
  }
}
