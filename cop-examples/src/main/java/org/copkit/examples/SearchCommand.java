package org.copkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.memory.InMemorySearchIndex;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.examples.stackexchange.DumpException;
import org.copkit.examples.stackexchange.ImportedCommunity;
import org.copkit.examples.stackexchange.StackExchangeImporter;
import org.copkit.search.lucene.LuceneSearchIndex;

/**
 * The {@code search} command: imports a Stack Exchange dump through the public API (questions
 * become threads, their answers and comments replies) and answers each task of a search-relevance
 * evaluation with {@code platform.search()}, the product's own use case, as the site's
 * administrator, who may read everything. A hit on a reply stands for its thread: the questions
 * are listed in the order their best hit comes, at most {@value #RANKED} of them, leaving out the
 * question whose title the query is (a member asking it looks for the others).
 *
 * <pre>
 * mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java \
 *     -Dexec.mainClass=org.copkit.examples.SearchCommand \
 *     -Dexec.args="search --stackexchange ../shared/data/stackexchange/cstheory-meta \
 *         --tasks TASKS.jsonl --out RANKINGS.jsonl"
 * </pre>
 *
 * <p>Tasks are JSON lines {@code {"queryId", "text"}} (as {@code search_relevance_eval.py
 * --emit-tasks} writes them); rankings are JSON lines {@code {"queryId", "ranked": [question
 * Ids]}}, best first. {@code --index lucene} searches with the Lucene index of {@code
 * cop-search-lucene} (in memory) instead of the default in-memory index. The dump needs only
 * {@code Posts.xml}.
 */
public final class SearchCommand {

  /** How many questions a ranking lists at most. */
  static final int RANKED = 10;

  private static final String USAGE =
      "usage: search --stackexchange DIR --tasks TASKS.jsonl --out RANKINGS.jsonl [--index memory|lucene]";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = SearchQuery.MAX_PAGE_SIZE;
  private static final int DEPTH = 200;

  private SearchCommand() {}

  /**
   * Runs the command; exits with 2 on a usage error and 1 when the dump or tasks cannot be read.
   *
   * @param args {@code search --stackexchange DIR --tasks TASKS.jsonl --out RANKINGS.jsonl}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command.
   *
   * @param args the command line
   * @param out where progress is printed
   * @param err where errors are printed
   * @return 0 when done, 2 on a usage error, 1 when the dump or the tasks cannot be read
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      List<Task> tasks = Task.read(options.tasks());
      long started = System.nanoTime();
      try (SearchIndex index = options.lucene() ? LuceneSearchIndex.inMemory() : InMemorySearchIndex.create()) {
        ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create()).searchingWith(index)
            .importFrom(options.dump());
        out.printf(Locale.ROOT, "Imported %s in %.1f s (%s index)%n", options.dump(), (System.nanoTime() - started) / 1e9,
            options.lucene() ? "Lucene" : "in-memory");
        imported.summary().lines().forEach(line -> out.println("  " + line));
        Map<ThreadId, Long> questions = new HashMap<>();
        imported.questions().forEach((id, thread) -> questions.put(thread, id));
        long searching = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
          for (Task task : tasks) {
            ObjectNode line = JSON.createObjectNode();
            line.put("queryId", task.queryId());
            ArrayNode ranked = line.putArray("ranked");
            rank(imported, questions, task.text(), task.queryId()).forEach(ranked::add);
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
          }
        }
        out.printf(Locale.ROOT, "Searched %d queries in %.2f s: %s%n", tasks.size(), (System.nanoTime() - searching) / 1e9,
            options.out().toAbsolutePath().normalize());
        imported.platform().close();
      }
      return 0;
    } catch (DumpException e) {
      err.println("cannot import: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("cannot read the tasks or write the rankings: " + e.getMessage());
      return 1;
    }
  }

  /**
   * @return the Ids of the questions whose threads the search finds for the text, in the order of
   *     their best hit, at most {@value #RANKED}, without the question the query comes from (the
   *     one being asked, which the harness does not score)
   */
  static List<String> rank(ImportedCommunity imported, Map<ThreadId, Long> questions, String text, String asked) {
    String words = text.length() <= SearchQuery.MAX_TEXT ? text : text.substring(0, SearchQuery.MAX_TEXT);
    Set<String> ranked = new LinkedHashSet<>();
    SearchQuery query = SearchQuery.of(words).ofKinds(Set.of(SearchKind.THREAD, SearchKind.POST))
        .at(PageRequest.first(PAGE));
    while (ranked.size() < RANKED) {
      SearchResults results = imported.platform().search().search(imported.administrator(), query);
      for (SearchHit hit : results.hits().items()) {
        hit.thread().map(questions::get).map(id -> Long.toString(id)).filter(id -> !id.equals(asked))
            .ifPresent(ranked::add);
        if (ranked.size() == RANKED) {
          break;
        }
      }
      if (!results.hits().hasNext() || query.page().offset() + 2L * PAGE > DEPTH) {
        break;
      }
      query = query.at(query.page().next());
    }
    return new ArrayList<>(ranked);
  }

  /** One query: its Id and its words. */
  record Task(String queryId, String text) {

    static List<Task> read(Path file) throws IOException {
      List<Task> tasks = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        JsonNode id = node.get("queryId");
        if (id == null || id.isNull()) {
          throw new IllegalArgumentException("a task has no queryId");
        }
        tasks.add(new Task(id.asText(), node.path("text").asText("")));
      }
      return tasks;
    }
  }

  /**
   * The command line.
   *
   * @param dump the dump's folder
   * @param tasks the tasks
   * @param out where the rankings go
   * @param lucene whether to search with the Lucene index rather than the in-memory one
   */
  record Options(Path dump, Path tasks, Path out, boolean lucene) {

    static Options parse(String[] args) {
      if (args.length == 0 || !args[0].equals("search")) {
        throw new IllegalArgumentException("the first argument must be the command, search");
      }
      Path dump = null;
      Path tasks = null;
      Path out = null;
      boolean lucene = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--stackexchange" -> dump = Path.of(value(args, ++i));
          case "--tasks" -> tasks = Path.of(value(args, ++i));
          case "--out" -> out = Path.of(value(args, ++i));
          case "--index" -> {
            String index = value(args, ++i);
            if (!index.equals("memory") && !index.equals("lucene")) {
              throw new IllegalArgumentException("--index must be memory or lucene, was " + index);
            }
            lucene = index.equals("lucene");
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (dump == null || tasks == null || out == null) {
        throw new IllegalArgumentException("--stackexchange DIR, --tasks FILE and --out FILE are required");
      }
      return new Options(dump, tasks, out, lucene);
    }

    private static String value(String[] args, int index) {
      if (index >= args.length) {
        throw new IllegalArgumentException(args[index - 1] + " needs a value");
      }
      return args[index];
    }
  }
}
