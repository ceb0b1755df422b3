package org.copkit.api.search.port;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What one reader may see, worked out by the core from the storage for each search (never cached):
 * the index applies it inside the query, so hits, totals and facet counts all respect it. A
 * document is visible exactly when {@link #permits} says so.
 *
 * @param everything whether the reader sees every document (an administrator)
 * @param reader who reads, if anyone; their own unpublished documents are visible to them
 * @param readable the communities whose COMMUNITY-audience content the reader may read
 * @param core of those, the communities whose CORE-audience content the reader may read too
 * @param moderated of those, the communities whose unpublished content the reader may read
 */
public record SearchAccess(
    boolean everything, Optional<MemberId> reader, Set<CommunityId> readable, Set<CommunityId> core,
    Set<CommunityId> moderated) {

  /** Validates and copies the fields. */
  public SearchAccess {
    Validation.required("reader", reader);
    readable = Set.copyOf(Validation.noNulls("readable", readable));
    core = Set.copyOf(Validation.noNulls("core", core));
    moderated = Set.copyOf(Validation.noNulls("moderated", moderated));
  }

  /** @return access to every document */
  public static SearchAccess all() {
    return new SearchAccess(true, Optional.empty(), Set.of(), Set.of(), Set.of());
  }

  /**
   * The rule every index applies: a document is visible to an administrator; otherwise when its
   * community is readable, its audience is COMMUNITY or its community is one of the CORE ones, and
   * it is published, written by the reader, or in a community the reader moderates; or when it is
   * published and diffused to the platform or to a community the reader may read.
   *
   * @param document a document
   * @return whether the reader may see it
   */
  public boolean permits(SearchDocument document) {
    if (everything) {
      return true;
    }
    CommunityId community = document.community();
    boolean inItsCommunity = readable.contains(community)
        && (document.audience() == Audience.COMMUNITY || core.contains(community))
        && (document.published() || reader.filter(document.author()::equals).isPresent()
            || moderated.contains(community));
    return inItsCommunity || document.published()
        && (document.diffusedToPlatform() || document.diffusedTo().stream().anyMatch(readable::contains));
  }
}
