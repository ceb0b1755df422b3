package org.copkit.api.portfolio;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Command: the owner shares a page with an audience (or makes it private again). Sharing by link
 * makes a new link; any earlier link stops working.
 *
 * @param page the page
 * @param audience the audience
 * @param community the community, for {@link PageAudience#COMMUNITY} only
 */
public record SharePage(PortfolioPageId page, PageAudience audience, Optional<CommunityId> community) {

  /** Validates the fields. */
  public SharePage {
    Validation.required("page", page);
    Validation.required("audience", audience);
    Validation.required("community", community);
    if (community.isPresent() != (audience == PageAudience.COMMUNITY)) {
      throw new InvalidInputException("community", "is given for a page shared with a community, and only then");
    }
  }
}
