package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.Validation;

/**
 * Command: make a knowledge pill of a discussion: a question's accepted answer, or a whole thread
 * (its published posts in the order written). The pill is created in the thread's community for
 * the thread's audience, keeps the thread and posts as its {@link KnowledgeSource}, and credits
 * the posts' authors as its co-authors.
 *
 * @param thread the thread
 * @param scope the accepted answer only, or the whole thread
 * @param title the pill's title, 1 to {@value KnowledgeContent#MAX_TITLE} characters
 * @param section the section to place it in, or empty for none
 * @param note a change note for its first revision, possibly empty, at most {@value
 *     KnowledgeRevision#MAX_NOTE} characters
 */
public record PromoteToPill(ThreadId thread, Scope scope, String title, Optional<SectionId> section, String note) {

  /** What of the thread becomes the pill. */
  public enum Scope {
    /** The accepted answer of a question. */
    ACCEPTED_ANSWER,
    /** Every published post of the thread, in the order written. */
    WHOLE_THREAD
  }

  /** Validates the fields. */
  public PromoteToPill {
    Validation.required("thread", thread);
    Validation.required("scope", scope);
    title = Validation.name("title", title, KnowledgeContent.MAX_TITLE);
    Validation.required("section", section);
    note = Validation.optionalText("note", note, KnowledgeRevision.MAX_NOTE);
  }
}
