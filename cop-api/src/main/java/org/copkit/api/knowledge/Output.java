package org.copkit.api.knowledge;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * An output as one reader may see it: its knowledge item at its latest revision, and its
 * production cycle.
 *
 * @param item the item
 * @param cycle its cycle
 */
public record Output(KnowledgeItem item, OutputCycle cycle) {

  /** Validates the fields. */
  public Output {
    Validation.required("item", item);
    Validation.required("cycle", cycle);
    if (!item.id().equals(cycle.output())) {
      throw new InvalidInputException("cycle", "must be the cycle of the item");
    }
  }
}
