package org.copkit.api.knowledge;

import java.time.LocalDate;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: say who keeps a knowledge item fresh and by when it should be reviewed next.
 *
 * @param item the item
 * @param owner who answers for it: an active member of its community who may read it
 * @param reviewBy the day (UTC) by which it should be reviewed: today or later
 */
public record SetFreshness(KnowledgeItemId item, MemberId owner, LocalDate reviewBy) {

  /** Validates the fields. */
  public SetFreshness {
    Validation.required("item", item);
    Validation.required("owner", owner);
    Validation.required("reviewBy", reviewBy);
  }
}
