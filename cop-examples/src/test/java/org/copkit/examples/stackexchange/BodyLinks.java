package org.copkit.examples.stackexchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stands in for the {@code PostLinks.xml} a Stack Exchange dump may lack, so that the search-quality
 * harness can score it: the links of each question's body to other questions of the same site
 * (relative {@code /questions/N} or {@code /q/N}, or absolute on the site's own host) become
 * "linked" rows, as Stack Exchange makes them from the same links. The new dump is written to a
 * scratch folder (its files links to the original's), never beside the data.
 */
public final class BodyLinks {

  private BodyLinks() {}

  /**
   * @param folder a dump's folder, named as the data folder names them: {@code bicycles-meta} for
   *     bicycles.meta.stackexchange.com, {@code bicycles} for bicycles.stackexchange.com
   * @return the site's host
   */
  static String host(Path folder) {
    String name = folder.toAbsolutePath().normalize().getFileName().toString();
    return name.endsWith("-meta") ? name.substring(0, name.length() - 5) + ".meta.stackexchange.com"
        : name + ".stackexchange.com";
  }

  /**
   * Writes a dump with the links of the original's question bodies.
   *
   * @param dump a dump's folder with {@code Posts.xml} and no {@code PostLinks.xml}
   * @param scratch an empty folder to write the new dump in
   * @return how many links were found
   */
  public static int derive(Path dump, Path scratch) throws IOException {
    Pattern link = Pattern.compile("href=\"(?:https?://" + Pattern.quote(host(dump)) + ")?/(?:questions|q)/(\\d+)");
    Map<String, String> bodies = new LinkedHashMap<>();
    DumpRows.forEach(dump.resolve("Posts.xml"), row -> {
      if ("1".equals(row.text("PostTypeId"))) {
        String body = row.text("Body");
        bodies.put(row.text("Id"), body == null ? "" : body);
      }
    });
    List<String> rows = new ArrayList<>();
    bodies.forEach((question, body) -> {
      TreeSet<Long> targets = new TreeSet<>();
      Matcher matcher = link.matcher(body);
      while (matcher.find()) {
        if (bodies.containsKey(matcher.group(1)) && !matcher.group(1).equals(question)) {
          targets.add(Long.parseLong(matcher.group(1)));
        }
      }
      targets.forEach(target -> rows.add("  <row Id=\"" + (rows.size() + 1) + "\" PostId=\"" + question
          + "\" RelatedPostId=\"" + target + "\" LinkTypeId=\"1\" />"));
    });
    try (Stream<Path> files = Files.list(dump)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.createSymbolicLink(scratch.resolve(file.getFileName()), file.toAbsolutePath().normalize());
      }
    }
    Files.writeString(scratch.resolve("PostLinks.xml"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<postlinks>\n"
        + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n") + "</postlinks>\n");
    return rows.size();
  }
}
