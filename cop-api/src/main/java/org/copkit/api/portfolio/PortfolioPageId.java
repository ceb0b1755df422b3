package org.copkit.api.portfolio;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a portfolio page.
 *
 * @param value the UUID
 */
public record PortfolioPageId(UUID value) {

  /** Validates the value. */
  public PortfolioPageId {
    Validation.required("pageId", value);
  }

  /** @return a new random ID */
  public static PortfolioPageId random() {
    return new PortfolioPageId(UUID.randomUUID());
  }

  /**
   * @param text the UUID as text
   * @return the ID
   */
  public static PortfolioPageId of(String text) {
    return new PortfolioPageId(Validation.uuid("pageId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
