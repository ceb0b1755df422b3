package org.copkit.examples.stackexchange;

import java.nio.file.Path;
import java.util.Objects;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.storage.CopStorage;

/**
 * Makes one community from a Stack Exchange data dump, through CoPKit's public use cases only, on
 * any storage.
 *
 * <pre>{@code
 * ImportedCommunity imported = StackExchangeImporter.into(InMemoryStorage.create())
 *     .reportingTo((phase, done, total) -> System.out.println(phase + " " + done))
 *     .importFrom(Path.of("../shared/data/stackexchange/bicycles-meta"));
 * }</pre>
 *
 * <h2>What becomes what</h2>
 *
 * <ul>
 *   <li>Users with Id &gt; 0 become people in a directory and members of one OPEN community, joined
 *       on the day their account was created. The oldest account founds it and is its e-moderator;
 *       everyone else is a PARTICIPANT. The site's "Community" account (Id -1) becomes a platform
 *       administrator who is not a member.
 *   <li>Questions become QUESTION threads, answers top-level replies, and comments replies nested
 *       under the question's opening post or the answer they comment on, so that a comment never
 *       counts as an answer. The asker accepts the accepted answer.
 *   <li>Up-votes become HELPFUL reactions when the dump names the voter; public dumps never do, so
 *       they are counted and dropped, as are the votes with no counterpart in the model.
 *   <li>Questions and answers whose author was deleted are posted by the "Community" account, as
 *       Stack Exchange itself shows them, so that members' answers and comments on them keep their
 *       place; comments and votes by deleted users are skipped.
 *   <li>Every item keeps its date: the platform's clock is moved to it before each use case. Bodies
 *       are turned from HTML into Markdown and cut to the API's limits.
 *   <li>The community's moderation settings turn pre-moderation and newcomer limits off, and no
 *       moderation rule runs: the dump is history that was already published.
 * </ul>
 *
 * <p>Every row is counted in the {@link ImportSummary}: imported, attributed to the stand-in,
 * truncated or skipped with its reason.
 */
public final class StackExchangeImporter {

  private final CopStorage storage;
  private final ImportProgress progress;
  private final java.util.Optional<java.time.Instant> before;
  private final java.util.Optional<SearchIndex> searchIndex;

  private StackExchangeImporter(CopStorage storage, ImportProgress progress, java.util.Optional<java.time.Instant> before,
      java.util.Optional<SearchIndex> searchIndex) {
    this.storage = storage;
    this.progress = progress;
    this.before = before;
    this.searchIndex = searchIndex;
  }

  /**
   * @param storage where the community is kept: in memory, JPA, or any other adapter
   * @return an importer onto that storage, reporting no progress
   */
  public static StackExchangeImporter into(CopStorage storage) {
    return new StackExchangeImporter(Objects.requireNonNull(storage, "storage"), ImportProgress.silent(),
        java.util.Optional.empty(), java.util.Optional.empty());
  }

  /**
   * @param listener told how far the import has gone
   * @return an importer that reports to it
   */
  public StackExchangeImporter reportingTo(ImportProgress listener) {
    return new StackExchangeImporter(storage, Objects.requireNonNull(listener, "listener"), before, searchIndex);
  }

  /**
   * @param instant the end of history: only users, posts, comments and votes created before it are
   *     imported, and the platform's clock is left at it
   * @return an importer that stops there
   */
  public StackExchangeImporter before(java.time.Instant instant) {
    return new StackExchangeImporter(storage, progress, java.util.Optional.of(Objects.requireNonNull(instant, "instant")),
        searchIndex);
  }

  /**
   * @param index the search index of the platform the import builds, instead of the default
   *     in-memory one (the caller closes it after the platform)
   * @return an importer whose platform searches with it
   */
  public StackExchangeImporter searchingWith(SearchIndex index) {
    return new StackExchangeImporter(storage, progress, before, java.util.Optional.of(Objects.requireNonNull(index, "index")));
  }

  /**
   * Imports one dump into a new community, on a new platform built on the storage.
   *
   * @param folder the dump's folder, holding {@code Posts.xml}, and {@code Users.xml}, {@code
   *     Comments.xml} and {@code Votes.xml} when the dump has them
   * @return the community, its platform and what became of every row
   * @throws DumpException when the folder or {@code Posts.xml} is missing, a file is malformed, or no
   *     user has Id &gt; 0
   */
  public ImportedCommunity importFrom(Path folder) {
    return new DumpImport(StackExchangeDump.at(folder), storage, progress, before, searchIndex).run();
  }

  /**
   * @param html a body as the dump holds it
   * @return the Markdown the importer makes of it
   */
  public static String markdown(String html) {
    return HtmlToMarkdown.convert(html);
  }

  /**
   * @param tags a question's tags as the dump names them
   * @return the tags the importer gives the thread
   */
  public static java.util.Set<String> tags(java.util.List<String> tags) {
    return TextLimits.fitTags(tags, org.copkit.api.discussion.DiscussionThread.MAX_TAGS,
        org.copkit.api.discussion.DiscussionThread.MAX_TAG).tags();
  }
}
