package org.copkit.examples.stackexchange;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.copkit.examples.stackexchange.ImportProgress.Phase;
import org.copkit.examples.stackexchange.ImportSummary.Kind;
import org.copkit.examples.stackexchange.ImportSummary.Skip;
import org.copkit.examples.stackexchange.TextLimits.Fitted;
import org.copkit.examples.stackexchange.TextLimits.FittedTags;

/** One run of {@link StackExchangeImporter}: the dump replayed onto a new platform. Single-threaded. */
final class DumpImport {

  /** The site's own account, which Stack Exchange shows for deleted authors and community posts. */
  static final long STAND_IN_ID = -1;

  private static final int PROGRESS_EVERY = 500;
  private static final int READING_PROGRESS_EVERY = 5000;
  private static final String NO_TEXT = "(no text in the dump)";

  /** History was published already: no pre-moderation and no newcomer limits while it is replayed. */
  private static final ModerationPolicy AS_PUBLISHED = new ModerationPolicy(0,
      ModerationPolicy.DEFAULT.autoHideWeight(), Duration.ZERO, 100_000, 100_000,
      ModerationPolicy.DEFAULT.flagsPerDay(), 1000);

  private final StackExchangeDump dump;
  private final ImportProgress progress;
  private final ImportClock clock = new ImportClock(Instant.EPOCH);
  private final InMemoryDirectory directory = InMemoryDirectory.of();
  private final CopPlatform platform;
  private final ImportTally tally = new ImportTally();
  private final MemberId standIn;
  private final Map<Long, MemberId> members = new HashMap<>();
  private final Map<Long, ImportedPost> posts = new HashMap<>();
  private final Map<Long, ImportedQuestion> questions = new HashMap<>();
  private CommunityId community;
  private Instant firstActivity = Instant.MAX;
  private Instant lastActivity = Instant.MIN;

  private final Optional<Instant> before;

  DumpImport(StackExchangeDump dump, CopStorage storage, ImportProgress progress) {
    this(dump, storage, progress, Optional.empty(), Optional.empty());
  }

  /**
   * @param before when given, only what was created before this instant is imported
   * @param searchIndex the platform's search index, when not the default in-memory one
   */
  DumpImport(StackExchangeDump dump, CopStorage storage, ImportProgress progress, Optional<Instant> before,
      Optional<SearchIndex> searchIndex) {
    this.before = before;
    this.dump = dump;
    this.progress = progress;
    this.standIn = memberId(STAND_IN_ID);
    CopPlatform.Builder builder = CopPlatform.builder()
        .storage(storage)
        .directory(directory)
        .clock(clock)
        .builtInModerationRules(false)
        .discoverModerationRules(false);
    searchIndex.ifPresent(builder::searchIndex);
    this.platform = builder.build();
  }

  ImportedCommunity run() {
    List<DumpUser> users = dump.users().stream().filter(user -> inTime(user.createdAt())).toList();
    DumpUser founder = users.stream().filter(DumpUser::isPerson).findFirst()
        .orElseThrow(() -> new DumpException("the dump of " + dump.site() + " has no user with Id > 0", null));
    found(founder, users);
    importUsers(users, founder);
    List<DumpItem> items = dump.postsAndComments(read -> {
      if (read % READING_PROGRESS_EVERY == 0) {
        progress.progressed(Phase.READING, read, OptionalLong.empty());
      }
    }).stream().filter(item -> inTime(item.createdAt())).toList();
    progress.progressed(Phase.READING, items.size(), OptionalLong.of(items.size()));
    importPostsAndComments(items);
    importVotes();
    clock.moveTo(before.orElse(lastActivity));
    Map<Long, ThreadId> threads = new HashMap<>();
    questions.forEach((id, question) -> threads.put(id, question.thread()));
    return new ImportedCommunity(platform, community, standIn, firstActivity, lastActivity, tally.summary(), threads);
  }

  /** The oldest account founds the community; the "Community" account becomes its administrator. */
  private void found(DumpUser founder, List<DumpUser> users) {
    String standInName = users.stream().filter(user -> user.id() == STAND_IN_ID).map(DumpUser::displayName)
        .findFirst().orElse("Community");
    directory.put(new Person(standIn, displayName(STAND_IN_ID, standInName), dump.site(), true, true));
    clock.moveTo(founder.createdAt());
    String site = dump.site();
    CommunityDetails details = new CommunityDetails(
        TextLimits.fit(site + " (Stack Exchange)", Community.MAX_NAME, site).text(),
        TextLimits.fit("Imported from the Stack Exchange data dump of " + site,
            Community.MAX_DOMAIN, site).text(),
        "User contributions licensed CC BY-SA, with attribution to Stack Exchange and the authors.",
        Visibility.OPEN);
    community = platform.lifecycle().create(enrol(founder), details).id();
    platform.moderation().configure(standIn, community, AS_PUBLISHED);
  }

  private void importUsers(List<DumpUser> users, DumpUser founder) {
    Meter meter = new Meter(Phase.USERS, users.size());
    for (DumpUser user : users) {
      tally.read(Kind.USER);
      seen(user.createdAt());
      if (!user.isPerson()) {
        tally.skipped(Kind.USER, Skip.SYSTEM_ACCOUNT);
      } else if (user == founder) {
        tally.imported(Kind.USER, false, false);
      } else {
        clock.moveTo(user.createdAt());
        join(user);
      }
      meter.step();
    }
    meter.finish();
  }

  private void join(DumpUser user) {
    MemberId member = enrol(user);
    try {
      JoinOutcome outcome = platform.joining().join(member, community, "");
      if (outcome instanceof JoinOutcome.Joined) {
        tally.imported(Kind.USER, false, false);
        return;
      }
      tally.refused(Kind.USER, user.id(), "the join waits for approval");
    } catch (CopException refused) {
      tally.refused(Kind.USER, user.id(), refused.getMessage());
    }
    members.remove(user.id());
  }

  private MemberId enrol(DumpUser user) {
    MemberId member = memberId(user.id());
    directory.put(Person.active(member, displayName(user.id(), user.displayName()), dump.site()));
    members.put(user.id(), member);
    return member;
  }

  private void importPostsAndComments(List<DumpItem> items) {
    Meter meter = new Meter(Phase.POSTS, items.size());
    for (DumpItem item : items) {
      clock.moveTo(item.createdAt());
      seen(item.createdAt());
      if (item instanceof DumpItem.Question question) {
        question(question);
      } else if (item instanceof DumpItem.Answer answer) {
        answer(answer);
      } else if (item instanceof DumpItem.Comment comment) {
        comment(comment);
      } else {
        tally.read(Kind.OTHER_POST);
        tally.skipped(Kind.OTHER_POST, Skip.NOT_A_QUESTION_OR_ANSWER);
      }
      meter.step();
    }
    meter.finish();
  }

  private void question(DumpItem.Question question) {
    tally.read(Kind.QUESTION);
    Optional<MemberId> owner = member(question.owner());
    MemberId asker = owner.orElse(standIn);
    Fitted title = TextLimits.fit(question.title(), DiscussionThread.MAX_TITLE, "(untitled)");
    Fitted body = TextLimits.fit(question.body(), Post.MAX_BODY, NO_TEXT);
    FittedTags tags = TextLimits.fitTags(question.tags(), DiscussionThread.MAX_TAGS, DiscussionThread.MAX_TAG);
    boolean truncated = title.truncated() || body.truncated() || tags.truncated();
    publish(Kind.QUESTION, question.id(), owner.isEmpty(), truncated, () -> platform.discussions().start(asker,
        StartThread.question(community, title.text(), body.text(), tags.tags())))
        .ifPresent(published -> {
          ImportedPost opening = new ImportedPost(published.thread().id(), published.post().id(),
              question.createdAt());
          posts.put(question.id(), opening);
          questions.put(question.id(), new ImportedQuestion(opening.thread(), asker, question.acceptedAnswer()));
        });
  }

  private void answer(DumpItem.Answer answer) {
    tally.read(Kind.ANSWER);
    ImportedQuestion question = questions.get(answer.question());
    if (question == null) {
      tally.skipped(Kind.ANSWER, Skip.TARGET_NOT_IMPORTED);
      return;
    }
    Optional<MemberId> owner = member(answer.owner());
    Fitted body = TextLimits.fit(answer.body(), Post.MAX_BODY, NO_TEXT);
    publish(Kind.ANSWER, answer.id(), owner.isEmpty(), body.truncated(), () -> platform.discussions().reply(
        owner.orElse(standIn), Reply.to(question.thread(), body.text())))
        .ifPresent(published -> {
          posts.put(answer.id(), new ImportedPost(question.thread(), published.post().id(), answer.createdAt()));
          if (question.acceptedAnswer().equals(OptionalLong.of(answer.id()))) {
            accept(question, answer.id(), published.post().id());
          }
        });
  }

  /** The asker accepts the answer as soon as it exists: the dump does not say when they did. */
  private void accept(ImportedQuestion question, long answerId, PostId answer) {
    try {
      platform.discussions().acceptAnswer(question.asker(), question.thread(), answer);
      tally.answerAccepted();
    } catch (CopException refused) {
      tally.refusal(Kind.ANSWER, answerId, "not accepted: " + refused.getMessage());
    }
  }

  private void comment(DumpItem.Comment comment) {
    tally.read(Kind.COMMENT);
    Optional<MemberId> author = member(comment.author());
    if (author.isEmpty()) {
      tally.skipped(Kind.COMMENT, Skip.NOT_BY_A_MEMBER);
      return;
    }
    ImportedPost target = posts.get(comment.post());
    if (target == null) {
      tally.skipped(Kind.COMMENT, Skip.TARGET_NOT_IMPORTED);
      return;
    }
    Fitted text = TextLimits.fit(comment.text(), Post.MAX_BODY, NO_TEXT);
    publish(Kind.COMMENT, comment.id(), false, text.truncated(), () -> platform.discussions().reply(
        author.get(), new Reply(target.thread(), Optional.of(target.post()), text.text())));
  }

  private void importVotes() {
    Meter meter = new Meter(Phase.VOTES, -1);
    dump.forEachVote(vote -> {
      if (inTime(vote.createdAt())) {
        vote(vote);
        meter.step();
      }
    });
    meter.finish();
  }

  private void vote(DumpVote vote) {
    tally.read(Kind.VOTE);
    seen(vote.createdAt());
    if (vote.type() == DumpVote.ACCEPTED_BY_ORIGINATOR) {
      tally.skipped(Kind.VOTE, Skip.SHOWN_AS_ACCEPTED_ANSWER);
      return;
    }
    if (vote.type() != DumpVote.UP_MOD) {
      tally.skipped(Kind.VOTE, Skip.NO_COUNTERPART);
      return;
    }
    if (vote.voter().isEmpty()) {
      tally.skipped(Kind.VOTE, Skip.NO_VOTER);
      return;
    }
    Optional<MemberId> voter = member(vote.voter());
    if (voter.isEmpty()) {
      tally.skipped(Kind.VOTE, Skip.NOT_BY_A_MEMBER);
      return;
    }
    ImportedPost target = posts.get(vote.postId());
    if (target == null) {
      tally.skipped(Kind.VOTE, Skip.TARGET_NOT_IMPORTED);
      return;
    }
    // Votes carry only their day: never before the post itself.
    clock.moveTo(vote.createdAt().isAfter(target.createdAt()) ? vote.createdAt() : target.createdAt());
    try {
      platform.discussions().react(voter.get(), target.post(), Reaction.HELPFUL);
      tally.imported(Kind.VOTE, false, false);
    } catch (CopException refused) {
      tally.refused(Kind.VOTE, vote.id(), refused.getMessage());
    }
  }

  private Optional<PostOutcome.Published> publish(Kind kind, long id, boolean byStandIn, boolean truncated,
      Supplier<PostOutcome> post) {
    PostOutcome outcome;
    try {
      outcome = post.get();
    } catch (CopException refused) {
      tally.refused(kind, id, refused.getMessage());
      return Optional.empty();
    }
    if (outcome instanceof PostOutcome.Published published) {
      tally.imported(kind, byStandIn, truncated);
      return Optional.of(published);
    }
    tally.refused(kind, id, outcome instanceof PostOutcome.Held held
        ? "held: " + held.reason()
        : "rejected: " + ((PostOutcome.Rejected) outcome).reason());
    return Optional.empty();
  }

  private Optional<MemberId> member(OptionalLong userId) {
    return userId.isPresent() ? Optional.ofNullable(members.get(userId.getAsLong())) : Optional.empty();
  }

  private MemberId memberId(long userId) {
    return MemberId.of(dump.site() + "/" + userId);
  }

  private static String displayName(long userId, String name) {
    return TextLimits.fit(name, 200, "user" + userId).text();
  }

  private boolean inTime(Instant at) {
    return before.isEmpty() || at.isBefore(before.get());
  }

  private void seen(Instant at) {
    if (at.isBefore(firstActivity)) {
      firstActivity = at;
    }
    if (at.isAfter(lastActivity)) {
      lastActivity = at;
    }
  }

  /**
   * A post made from the dump.
   *
   * @param thread its thread
   * @param post the post
   * @param createdAt its date
   */
  private record ImportedPost(ThreadId thread, PostId post, Instant createdAt) {}

  /**
   * A question made from the dump.
   *
   * @param thread its thread
   * @param asker who posted it: its author, or the stand-in
   * @param acceptedAnswer the dump's ID of its accepted answer
   */
  private record ImportedQuestion(ThreadId thread, MemberId asker, OptionalLong acceptedAnswer) {}

  /** Reports a phase's progress every {@value #PROGRESS_EVERY} rows and at its end. */
  private final class Meter {

    private final Phase phase;
    private final long total;
    private long done;

    /** @param total how many rows the phase has, or -1 when unknown */
    Meter(Phase phase, long total) {
      this.phase = phase;
      this.total = total;
    }

    void step() {
      if (++done % PROGRESS_EVERY == 0 && done != total) {
        progress.progressed(phase, done, total < 0 ? OptionalLong.empty() : OptionalLong.of(total));
      }
    }

    void finish() {
      progress.progressed(phase, done, OptionalLong.of(done));
    }
  }
}
