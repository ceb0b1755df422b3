package org.copkit.api.portfolio;

import java.util.List;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A portfolio page as one reader sees it: the evidence its audience may see, in the owner's order.
 * Evidence its audience may not see, or that no longer exists, is left out without a trace.
 *
 * @param page the page's ID
 * @param owner whose page
 * @param title its title
 * @param introduction its introduction
 * @param audience who it is shared with
 * @param evidence what it shows
 */
public record PageView(PortfolioPageId page, MemberId owner, String title, String introduction, PageAudience audience,
    List<Evidence> evidence) {

  /** Validates the fields. */
  public PageView {
    Validation.required("page", page);
    Validation.required("owner", owner);
    Validation.required("title", title);
    Validation.required("introduction", introduction);
    Validation.required("audience", audience);
    evidence = List.copyOf(evidence);
  }
}
