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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.expertise.QuestionDraft;
import org.copkit.api.expertise.Suggestion;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.examples.stackexchange.DumpException;
import org.copkit.examples.stackexchange.ImportedCommunity;
import org.copkit.examples.stackexchange.StackExchangeImporter;

/**
 * The {@code experts} command: for each task of an expert-finding evaluation (a question with its
 * {@code asOf} instant), ranks who can answer it with {@code ExpertFinding.suggest}, the product's
 * own use case, on a community imported from a Stack Exchange dump through the public API with
 * only what was created before {@code asOf}.
 *
 * <pre>
 * mvn -q -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java \
 *     -Dexec.mainClass=org.copkit.examples.Experts \
 *     -Dexec.args="experts --stackexchange ../shared/data/stackexchange/bicycles-meta \
 *         --tasks TASKS.jsonl --out RANKINGS.jsonl"
 * </pre>
 *
 * <p>Tasks are JSON lines {@code {"questionId", "asOf", "title", "body", "tags", "askerId"}} (as
 * {@code expert_finding_eval.py --emit-tasks} writes them); every task must have the same {@code
 * asOf}. Rankings are JSON lines {@code {"questionId", "ranked": [user IDs]}}, at most {@value
 * QuestionDraft#MAX_LIMIT} per task. The dump needs only {@code Posts.xml}.
 */
public final class Experts {

  private static final String USAGE = "usage: experts --stackexchange DIR --tasks TASKS.jsonl --out RANKINGS.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Experts() {}

  /**
   * Runs the command; exits with 2 on a usage error and 1 when the dump or tasks cannot be read.
   *
   * @param args {@code experts --stackexchange DIR --tasks TASKS.jsonl --out RANKINGS.jsonl}
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
      if (tasks.isEmpty()) {
        err.println("no tasks in " + options.tasks());
        return 1;
      }
      Instant asOf = tasks.get(0).asOf();
      if (tasks.stream().anyMatch(task -> !task.asOf().equals(asOf))) {
        err.println("every task must have the same asOf");
        return 1;
      }
      long started = System.nanoTime();
      ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create()).before(asOf)
          .importFrom(options.dump());
      out.printf(Locale.ROOT, "Imported %s before %s in %.1f s%n", options.dump(), asOf,
          (System.nanoTime() - started) / 1e9);
      imported.summary().lines().forEach(line -> out.println("  " + line));
      long ranking = System.nanoTime();
      try (BufferedWriter writer = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
        for (Task task : tasks) {
          writer.write(JSON.writeValueAsString(rank(imported, task)));
          writer.newLine();
        }
      }
      out.printf(Locale.ROOT, "Ranked %d questions in %.2f s: %s%n", tasks.size(), (System.nanoTime() - ranking) / 1e9,
          options.out().toAbsolutePath().normalize());
      imported.platform().close();
      return 0;
    } catch (DumpException e) {
      err.println("cannot import: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("cannot read the tasks or write the rankings: " + e.getMessage());
      return 1;
    }
  }

  private static ObjectNode rank(ImportedCommunity imported, Task task) {
    String site = memberPrefix(imported);
    QuestionDraft draft = new QuestionDraft(imported.community(), fit(task.title(), DiscussionThread.MAX_TITLE),
        fit(org.copkit.examples.stackexchange.StackExchangeImporter.markdown(task.body()), Post.MAX_BODY),
        org.copkit.examples.stackexchange.StackExchangeImporter.tags(task.tags()), Audience.COMMUNITY,
        QuestionDraft.MAX_LIMIT);
    List<Suggestion> suggestions;
    Optional<MemberId> asker = task.askerId().map(id -> MemberId.of(site + id));
    try {
      // the asker, when history made them a member who may ask there
      suggestions = imported.platform().expertFinding().suggest(asker.orElse(imported.administrator()), draft);
    } catch (CopException notAMember) {
      // otherwise the site's own account asks, and the asker, who has no history, is no candidate
      suggestions = imported.platform().expertFinding().suggest(imported.administrator(), draft);
    }
    ObjectNode line = JSON.createObjectNode();
    line.put("questionId", task.questionId());
    ArrayNode ranked = line.putArray("ranked");
    for (Suggestion suggestion : suggestions) {
      String member = suggestion.member().value();
      if (member.startsWith(site)) {
        ranked.add(member.substring(site.length()));
      }
    }
    return line;
  }

  private static String memberPrefix(ImportedCommunity imported) {
    String admin = imported.administrator().value();
    return admin.substring(0, admin.lastIndexOf('/') + 1);
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** One question to rank. */
  record Task(String questionId, Instant asOf, String title, String body, List<String> tags, Optional<String> askerId) {

    static List<Task> read(Path file) throws IOException {
      List<Task> tasks = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        JsonNode asker = node.path("askerId");
        tasks.add(new Task(required(node, "questionId"), Instant.parse(required(node, "asOf")),
            node.path("title").asText(""), node.path("body").asText(""), tags,
            asker.isNull() || asker.isMissingNode() ? Optional.empty() : Optional.of(asker.asText())));
      }
      return tasks;
    }

    private static String required(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        throw new IllegalArgumentException("a task has no " + field);
      }
      return value.asText();
    }
  }

  /**
   * The command line.
   *
   * @param dump the dump's folder
   * @param tasks the tasks
   * @param out where the rankings go
   */
  record Options(Path dump, Path tasks, Path out) {

    static Options parse(String[] args) {
      if (args.length == 0 || !args[0].equals("experts")) {
        throw new IllegalArgumentException("the first argument must be the command, experts");
      }
      Path dump = null;
      Path tasks = null;
      Path out = null;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--stackexchange" -> dump = Path.of(value(args, ++i));
          case "--tasks" -> tasks = Path.of(value(args, ++i));
          case "--out" -> out = Path.of(value(args, ++i));
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (dump == null || tasks == null || out == null) {
        throw new IllegalArgumentException("--stackexchange DIR, --tasks FILE and --out FILE are required");
      }
      return new Options(dump, tasks, out);
    }

    private static String value(String[] args, int index) {
      if (index >= args.length) {
        throw new IllegalArgumentException(args[index - 1] + " needs a value");
      }
      return args[index];
    }
  }
}
