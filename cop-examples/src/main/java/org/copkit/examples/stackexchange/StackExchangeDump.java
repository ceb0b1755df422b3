package org.copkit.examples.stackexchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A folder holding one site's dump in the Stack Exchange format: {@code Posts.xml}, and when the
 * dump has them {@code Users.xml}, {@code Comments.xml} and {@code Votes.xml}. Without {@code
 * Users.xml} the users are the owners of posts, each with the date of their first post as their
 * account's. Every file is streamed; users, posts and comments are held in a compact form so that
 * they can be replayed in date order.
 */
final class StackExchangeDump {

  static final String USERS = "Users.xml";
  static final String POSTS = "Posts.xml";
  static final String COMMENTS = "Comments.xml";
  static final String VOTES = "Votes.xml";

  private static final int QUESTION = 1;
  private static final int ANSWER = 2;

  private final Path folder;

  private StackExchangeDump(Path folder) {
    this.folder = folder;
  }

  /**
   * @param folder the dump's folder
   * @return the dump
   * @throws DumpException when the folder or its {@code Posts.xml} is missing
   */
  static StackExchangeDump at(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DumpException("no dump folder at " + folder.toAbsolutePath(), null);
    }
    if (!Files.isRegularFile(folder.resolve(POSTS))) {
      throw new DumpException("the dump at " + folder.toAbsolutePath() + " has no " + POSTS, null);
    }
    return new StackExchangeDump(folder);
  }

  private boolean has(String file) {
    return Files.isRegularFile(folder.resolve(file));
  }

  /** @return the site's short name: the folder's name, such as {@code bicycles-meta} */
  String site() {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "stackexchange" : name.toString();
  }

  /**
   * @return every user, system accounts included, oldest account first
   */
  List<DumpUser> users() {
    List<DumpUser> users = new ArrayList<>();
    if (has(USERS)) {
      DumpRows.forEach(folder.resolve(USERS), row -> users.add(
          new DumpUser(row.number("Id"), nullToEmpty(row.text("DisplayName")), row.instant("CreationDate"))));
    } else {
      java.util.Map<Long, java.time.Instant> firstPost = new java.util.HashMap<>();
      DumpRows.forEach(folder.resolve(POSTS), row -> row.optionalNumber("OwnerUserId").ifPresent(owner ->
          firstPost.merge(owner, row.instant("CreationDate"), (a, b) -> a.isBefore(b) ? a : b)));
      firstPost.forEach((id, at) -> users.add(new DumpUser(id, "user" + id, at)));
    }
    users.sort(Comparator.comparing(DumpUser::createdAt).thenComparingLong(DumpUser::id));
    return users;
  }

  /**
   * Reads every post and comment, converting bodies to Markdown on the way.
   *
   * @param rowsRead told the running count of rows read, for progress
   * @return posts and comments in {@link DumpItem#CHRONOLOGICAL} order
   */
  List<DumpItem> postsAndComments(LongConsumer rowsRead) {
    List<DumpItem> items = new ArrayList<>();
    Consumer<DumpItem> add = item -> {
      items.add(item);
      rowsRead.accept(items.size());
    };
    DumpRows.forEach(folder.resolve(POSTS), row -> add.accept(post(row)));
    if (has(COMMENTS)) {
      DumpRows.forEach(folder.resolve(COMMENTS), row -> add.accept(new DumpItem.Comment(row.number("Id"),
        row.number("PostId"), row.optionalNumber("UserId"), row.instant("CreationDate"), nullToEmpty(row.text("Text")))));
    }
    items.sort(DumpItem.CHRONOLOGICAL);
    return items;
  }

  /**
   * Streams the votes in file order, without holding them.
   *
   * @param action what to do with each vote
   * @return how many there were
   */
  long forEachVote(Consumer<DumpVote> action) {
    if (!has(VOTES)) {
      return 0;
    }
    return DumpRows.forEach(folder.resolve(VOTES), row -> action.accept(new DumpVote(row.number("Id"),
        row.number("PostId"), (int) row.number("VoteTypeId"), row.optionalNumber("UserId"), row.instant("CreationDate"))));
  }

  private static DumpItem post(DumpRows.Row row) {
    long id = row.number("Id");
    int type = (int) row.number("PostTypeId");
    if (type == QUESTION) {
      return new DumpItem.Question(id, row.optionalNumber("OwnerUserId"), row.instant("CreationDate"),
          nullToEmpty(row.text("Title")), HtmlToMarkdown.convert(row.text("Body")), tags(row.text("Tags")),
          row.optionalNumber("AcceptedAnswerId"));
    }
    if (type == ANSWER) {
      return new DumpItem.Answer(id, row.number("ParentId"), row.optionalNumber("OwnerUserId"),
          row.instant("CreationDate"), HtmlToMarkdown.convert(row.text("Body")));
    }
    return new DumpItem.OtherPost(id, type, row.instant("CreationDate"));
  }

  /**
   * @param tags {@code <bikes><repair>} in older dumps, {@code |bikes|repair|} in newer ones
   * @return the tag names
   */
  static List<String> tags(String tags) {
    if (tags == null || tags.isBlank()) {
      return List.of();
    }
    return Arrays.stream(tags.split("[<>|]+")).filter(tag -> !tag.isBlank()).toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
