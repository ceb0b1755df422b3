package org.copkit.examples.stackexchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did with every row of the dump, by kind: how many were read, imported (and, of
 * those, attributed to the stand-in account or truncated to the API's limits), and skipped, by
 * reason. For every kind, {@code read == imported + skipped}.
 *
 * @param tallies the counts of each kind of row
 * @param acceptedAnswers how many answers were accepted by their asker
 * @param refusals the first few items the platform refused, with its reason (normally none)
 */
public record ImportSummary(Map<Kind, Tally> tallies, long acceptedAnswers, List<String> refusals) {

  /** Copies the tallies and refusals. */
  public ImportSummary {
    tallies = Map.copyOf(tallies);
    refusals = List.copyOf(refusals);
  }

  /**
   * @param kind a kind of row
   * @return its counts, zero when the dump had none
   */
  public Tally tally(Kind kind) {
    return tallies.getOrDefault(kind, Tally.NONE);
  }

  /** @return one line per kind, such as {@code answers: 971 read, 971 imported (16 by the stand-in), 0 skipped} */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Tally tally = tally(kind);
      StringBuilder line = new StringBuilder(kind.label).append(": ")
          .append(tally.read()).append(" read, ").append(tally.imported()).append(" imported");
      if (tally.byStandIn() > 0) {
        line.append(" (").append(tally.byStandIn()).append(" by the stand-in)");
      }
      if (tally.truncated() > 0) {
        line.append(", ").append(tally.truncated()).append(" truncated");
      }
      line.append(", ").append(tally.skippedTotal()).append(" skipped");
      tally.skipped().forEach((skip, count) -> line.append("; ").append(count).append(' ').append(skip.description));
      lines.add(line.toString());
    }
    lines.add("accepted answers: " + acceptedAnswers);
    return lines;
  }

  /** The kinds of rows in a dump. */
  public enum Kind {
    /** A row of {@code Users.xml}. */
    USER("users"),
    /** A question in {@code Posts.xml}. */
    QUESTION("questions"),
    /** An answer in {@code Posts.xml}. */
    ANSWER("answers"),
    /** Any other row of {@code Posts.xml}: tag wikis, moderator nominations. */
    OTHER_POST("other posts"),
    /** A row of {@code Comments.xml}. */
    COMMENT("comments"),
    /** A row of {@code Votes.xml}. */
    VOTE("votes");

    private final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** Why a row was not imported. */
  public enum Skip {
    /** A user with Id &le; 0: the site's own accounts, not members. */
    SYSTEM_ACCOUNT("system accounts (Id <= 0), not members"),
    /** A comment or vote by a deleted user or a system account. */
    NOT_BY_A_MEMBER("not by a member"),
    /** An answer, comment or vote on a post that was not imported. */
    TARGET_NOT_IMPORTED("on a post not imported"),
    /** A post that is neither a question nor an answer. */
    NOT_A_QUESTION_OR_ANSWER("neither questions nor answers"),
    /** An up-vote whose voter the dump does not give (all of them, in public dumps). */
    NO_VOTER("up-votes without a voter"),
    /** An acceptance vote: the answer is accepted from the question's AcceptedAnswerId instead. */
    SHOWN_AS_ACCEPTED_ANSWER("acceptance votes, carried by the accepted answers"),
    /** Down-votes, close, deletion, spam and other votes: the model has no counterpart. */
    NO_COUNTERPART("with no counterpart in the model (down-votes, close, delete, spam, ...)"),
    /** The platform refused it: held, rejected or invalid (see the refusals). */
    REFUSED("refused by the platform");

    private final String description;

    Skip(String description) {
      this.description = description;
    }

    /** @return what the reason means, in a few words */
    public String description() {
      return description;
    }
  }

  /**
   * The counts of one kind of row.
   *
   * @param read rows read
   * @param imported rows that became something in the community
   * @param byStandIn imported rows whose author was deleted (or a system account), posted by the
   *     stand-in account so that the answers and comments that hang from them keep their place
   * @param truncated imported rows whose text, title or tags were cut to the API's limits
   * @param skipped rows not imported, by reason
   */
  public record Tally(long read, long imported, long byStandIn, long truncated, Map<Skip, Long> skipped) {

    static final Tally NONE = new Tally(0, 0, 0, 0, Map.of());

    /** Copies the skips, in the order of {@link Skip}. */
    public Tally {
      skipped = skipped.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    /** @return how many rows were skipped, for every reason */
    public long skippedTotal() {
      return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @param reason a reason
     * @return how many rows were skipped for it
     */
    public long skipped(Skip reason) {
      return skipped.getOrDefault(reason, 0L);
    }
  }
}
