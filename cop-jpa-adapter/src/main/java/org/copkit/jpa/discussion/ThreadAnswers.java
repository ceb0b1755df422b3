package org.copkit.jpa.discussion;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.copkit.api.discussion.PostState;

/**
 * Keeps two columns of {@code cop_thread} (migration V37) in step with its posts, for the
 * participation reports' questions: {@code accepted_at}, when its accepted answer was written, and
 * {@code first_answered_at}, when its first answer was: the earliest published post that replies to
 * the thread itself (not to another reply), other than its opening post and by someone other than
 * its author. A report reads a row per question instead of looking two posts up for each.
 *
 * <p>Both are recomputed by one statement after every write that may change them: a thread
 * written, or a post written, hidden, published again or moved. The thread's row is locked before
 * its posts are written ({@link #lock}), so the writers of one thread's posts take turns, and each
 * recomputes from what the previous ones committed: a new statement at READ COMMITTED (PostgreSQL,
 * H2), a locking read in InnoDB's {@code UPDATE} (MariaDB). The entity maps both columns read-only.
 */
final class ThreadAnswers {

  private static final String REFRESH = "UPDATE cop_thread SET"
      + " accepted_at = (SELECT a.created_at FROM cop_post a WHERE a.id = cop_thread.accepted_answer_id),"
      + " first_answered_at = (SELECT MIN(p.created_at) FROM cop_post p WHERE p.thread_id = cop_thread.id"
      + " AND p.state = '" + PostState.PUBLISHED.name() + "' AND p.in_reply_to IS NULL"
      + " AND p.id <> cop_thread.opening_post_id AND p.author <> cop_thread.author)"
      + " WHERE id IN (:threads)";

  private ThreadAnswers() {}

  /**
   * Locks the threads' rows until the transaction ends, before their posts are written.
   *
   * @param entityManager in a transaction
   * @param threads the threads' IDs
   */
  static void lock(EntityManager entityManager, Collection<String> threads) {
    if (!threads.isEmpty()) {
      entityManager.createNativeQuery("SELECT id FROM cop_thread WHERE id IN (:threads) FOR UPDATE")
          .setParameter("threads", List.copyOf(threads))
          .getResultList();
    }
  }

  /**
   * Recomputes the threads' answer times from their posts, once the write is flushed.
   *
   * @param entityManager in a transaction
   * @param threads the threads' IDs
   */
  static void refresh(EntityManager entityManager, Collection<String> threads) {
    if (!threads.isEmpty()) {
      entityManager.createNativeQuery(REFRESH).setParameter("threads", List.copyOf(threads)).executeUpdate();
    }
  }
}
