package org.copkit.api.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A page of a member's portfolio: a selection of their evidence, shared with an audience.
 *
 * @param id its ID
 * @param owner whose page
 * @param title its title
 * @param introduction what the owner says about it, possibly empty
 * @param evidence the keys of the evidence it shows, in the owner's order, at most {@value
 *     #MAX_EVIDENCE}, each once
 * @param audience who it is shared with
 * @param community the community it is shared with, for {@link PageAudience#COMMUNITY} only
 * @param linkHash the SHA-256 (hex) of its link's token, for {@link PageAudience#LINK} only: the
 *     token itself is given to the owner once and never stored
 * @param createdAt when it was created
 * @param version the optimistic-locking version
 */
public record PortfolioPage(PortfolioPageId id, MemberId owner, String title, String introduction,
    List<String> evidence, PageAudience audience, Optional<CommunityId> community, Optional<String> linkHash,
    Instant createdAt, long version) {

  /** The most evidence a page shows. */
  public static final int MAX_EVIDENCE = 10_000;

  /** Validates the fields. */
  public PortfolioPage {
    Validation.required("id", id);
    Validation.required("owner", owner);
    title = Validation.name("title", title, 200);
    introduction = Validation.optionalText("introduction", introduction, 5000);
    evidence = CreatePage.keys(evidence);
    Validation.required("audience", audience);
    Validation.required("community", community);
    Validation.required("linkHash", linkHash);
    if (community.isPresent() != (audience == PageAudience.COMMUNITY)) {
      throw new InvalidInputException("community", "is given for a page shared with a community, and only then");
    }
    if (linkHash.isPresent() != (audience == PageAudience.LINK)) {
      throw new InvalidInputException("linkHash", "is given for a page shared by link, and only then");
    }
    Validation.required("createdAt", createdAt);
    Validation.notNegative("version", version);
  }

  /**
   * @param to the new audience
   * @param in the community, for a community audience
   * @param hash the link token's hash, for a link audience
   * @return this page shared otherwise
   */
  public PortfolioPage sharedWith(PageAudience to, Optional<CommunityId> in, Optional<String> hash) {
    return new PortfolioPage(id, owner, title, introduction, evidence, to, in, hash, createdAt, version);
  }

  /**
   * @param newVersion another version
   * @return the same page at that version
   */
  public PortfolioPage withVersion(long newVersion) {
    return new PortfolioPage(id, owner, title, introduction, evidence, audience, community, linkHash, createdAt, newVersion);
  }
}
