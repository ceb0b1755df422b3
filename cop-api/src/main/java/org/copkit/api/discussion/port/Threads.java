package org.copkit.api.discussion.port;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: discussion threads. Contract: {@code org.copkit.tck.discussion.ThreadsContract}.
 */
public interface Threads {

  /**
   * Stores a new thread.
   *
   * @param thread the thread
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken
   */
  void add(DiscussionThread thread);

  /**
   * Replaces a thread if the stored version equals {@code thread.version()}.
   *
   * @param thread the changed thread
   * @return the stored thread, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such thread
   */
  DiscussionThread update(DiscussionThread thread);

  /**
   * @param id the ID
   * @return the thread, if stored
   */
  Optional<DiscussionThread> find(ThreadId id);

  /**
   * Lists a community's threads: pinned ones first, then in the filter's order (ties broken by ID).
   *
   * @param filter which threads, in which order
   * @param page which page
   * @return the page
   */
  Page<DiscussionThread> list(ThreadFilter filter, PageRequest page);

  /**
   * @param community the community
   * @param author the person
   * @param since the start of the window
   * @return how many threads the person opened in the community at or after {@code since}
   */
  long countStartedSince(CommunityId community, MemberId author, Instant since);
}
