package org.copkit.core.shared;

import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.knowledge.KnowledgeItem;

/**
 * Evidence of expertise made by the platform's own features once their use case has authorized
 * it: a question asked, answered, an answer accepted, an answer hidden by moderation, a knowledge
 * item written, an answer marked helpful. Appended to the change log in the unit of work of the change. Wiring between
 * features, never reaching hosts.
 */
public interface EvidenceChanges {

  /** Records nothing: for assemblies built without the expertise feature. */
  EvidenceChanges NONE = new EvidenceChanges() {
    @Override
    public void asked(DiscussionThread thread) {}

    @Override
    public void answered(DiscussionThread thread, Post answer) {}

    @Override
    public void accepted(DiscussionThread thread, Post answer) {}

    @Override
    public void withdrawn(DiscussionThread thread, Post post) {}

    @Override
    public void wrote(KnowledgeItem item) {}

    @Override
    public void helpful(DiscussionThread thread, Post answer, boolean added) {}

    @Override
    public void published(KnowledgeItem output, org.copkit.api.knowledge.OutputCycle cycle) {}
  };

  /** @param thread a QUESTION thread whose opening post was published */
  void asked(DiscussionThread thread);

  /**
   * @param thread a QUESTION thread
   * @param answer a published top-level reply to it by someone other than the asker
   */
  void answered(DiscussionThread thread, Post answer);

  /**
   * @param thread a QUESTION thread
   * @param answer its accepted answer
   */
  void accepted(DiscussionThread thread, Post answer);

  /**
   * @param thread a thread
   * @param post a post of it that moderation hid: it no longer counts
   */
  void withdrawn(DiscussionThread thread, Post post);

  /**
   * @param item a knowledge item just created, or promoted from a thread: evidence of its author, or
   *     of the authors of the posts a promoted pill credits
   */
  void wrote(KnowledgeItem item);

  /**
   * @param thread a QUESTION thread
   * @param answer a top-level reply to it that another member marked HELPFUL, or unmarked
   * @param added whether the mark was added (else taken back)
   */
  void helpful(DiscussionThread thread, Post answer, boolean added);

  /**
   * @param output an output of the production cycle just published to its whole community
   * @param cycle its cycle: who started it (its author) and who wrote a revision (its co-authors)
   */
  void published(KnowledgeItem output, org.copkit.api.knowledge.OutputCycle cycle);
}
