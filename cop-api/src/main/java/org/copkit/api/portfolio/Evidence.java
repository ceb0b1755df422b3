package org.copkit.api.portfolio;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One piece of evidence of what a member did, gathered from CoPKit (an accepted answer, a knowledge
 * item written, an event attended, a unit completed, an endorsement or validation received) or
 * added by the member (a reflection, uploaded evidence).
 *
 * @param key what it is, stable and unique for the member, such as {@code unit:<id>}: 1 to {@value
 *     #MAX_KEY} characters without whitespace
 * @param kind where it comes from
 * @param member whose evidence
 * @param community the community it happened in; empty for what the member added themselves
 * @param audience who in that community may see it ({@code COMMUNITY} for what has no community)
 * @param title what it is called: the unit's, event's, item's or thread's title, the competence
 * @param text more about it, possibly empty: a reflection's text, an endorsement's comment
 * @param link a link to it, empty or an absolute http(s) URL
 * @param at when it happened
 * @param competences the competences it is aligned to
 */
public record Evidence(String key, EvidenceKind kind, MemberId member, Optional<CommunityId> community,
    Audience audience, String title, String text, String link, Instant at, Set<CompetenceRef> competences) {

  /** The longest key. */
  public static final int MAX_KEY = 100;
  /** The longest text. */
  public static final int MAX_TEXT = 10_000;

  private static final Pattern KEY = Pattern.compile("\\S{1," + MAX_KEY + "}");

  /** Validates the fields. */
  public Evidence {
    Validation.required("key", key);
    if (!KEY.matcher(key).matches()) {
      throw new InvalidInputException("key", "must be 1 to " + MAX_KEY + " characters without whitespace");
    }
    Validation.required("kind", kind);
    Validation.required("member", member);
    Validation.required("community", community);
    Validation.required("audience", audience);
    title = Validation.text("title", title, 500);
    text = Validation.optionalText("text", text, MAX_TEXT);
    link = PortfolioLinks.optional("link", link);
    Validation.required("at", at);
    competences = Set.copyOf(Validation.noNulls("competences", competences));
  }
}
