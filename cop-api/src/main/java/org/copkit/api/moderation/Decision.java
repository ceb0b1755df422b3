package org.copkit.api.moderation;

import org.copkit.api.discussion.Post;
import org.copkit.api.shared.Validation;

/** What an e-moderator decides about a review item. Sealed. */
public sealed interface Decision {

  /** The subject is fine: publish it (or show it again); its flags are dismissed. */
  record Approve() implements Decision {}

  /**
   * The subject breaks the rules: hide it; its flags are upheld. The statement of reasons is shown
   * to its author.
   *
   * @param statementOfReasons why, in words the author can act on
   */
  record Reject(String statementOfReasons) implements Decision {
    /** Validates the statement. */
    public Reject {
      statementOfReasons = Validation.text("statementOfReasons", statementOfReasons, 2000);
    }
  }

  /**
   * The post is fine once changed (a personal datum removed, say): the moderator's text replaces
   * it as a new revision and it is published; its flags are upheld.
   *
   * @param body the new text, in Markdown
   * @param statementOfReasons why it was changed, shown to its author
   */
  record EditAndApprove(String body, String statementOfReasons) implements Decision {
    /** Validates the fields. */
    public EditAndApprove {
      body = Validation.text("body", body, Post.MAX_BODY);
      statementOfReasons = Validation.text("statementOfReasons", statementOfReasons, 2000);
    }
  }

  /**
   * The e-moderators hand it to the platform's administrators, who then decide.
   *
   * @param note what the administrators should know
   */
  record Escalate(String note) implements Decision {
    /** Validates the note. */
    public Escalate {
      note = Validation.text("note", note, 2000);
    }
  }
}
