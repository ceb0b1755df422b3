package org.copkit.core.shared;

import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.storage.ChangeLog;

/**
 * Tells search, through the change log and in the unit of work of the change, that something it
 * indexes changed: each node's index reads the object again from the storage when it applies the
 * change, so the log carries only what changed, never the text. Wiring between features; hosts
 * use {@code CopPlatform}.
 */
public final class SearchChanges {

  /** The change log's topic of search. */
  public static final String TOPIC = "search";
  /** A thread changed: its title, tags, state or community (which its replies follow). */
  public static final String THREAD = "thread";
  /** A post was written, edited, held, hidden or published again. */
  public static final String POST = "post";
  /**
   * The knowledge base's topic, which search reads too: its {@code item COMMUNITY ITEM} lines name
   * an item created, revised or curated ({@code section ...} lines are not indexed).
   */
  public static final String KNOWLEDGE_TOPIC = "knowledge";
  /** The first word of a knowledge-base line naming an item, and of a search line naming one. */
  public static final String ITEM = "item";

  private final ChangeLog log;

  /**
   * @param log the storage's change log
   */
  public SearchChanges(ChangeLog log) {
    this.log = log;
  }

  /** @param thread a thread that changed */
  public void thread(ThreadId thread) {
    log.append(TOPIC, THREAD + " " + thread);
  }

  /** @param post a post that changed */
  public void post(PostId post) {
    log.append(TOPIC, POST + " " + post);
  }

  /** @param item a knowledge item that changed */
  public void item(KnowledgeItemId item) {
    log.append(TOPIC, ITEM + " " + item);
  }
}
