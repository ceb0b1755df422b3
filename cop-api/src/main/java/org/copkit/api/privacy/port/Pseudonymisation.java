package org.copkit.api.privacy.port;

import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What a {@link PersonalData} is asked to do when a member is erased.
 *
 * @param member the member to erase
 * @param pseudonym who replaces them in every record
 * @param removing the communities whose policy is {@link ErasurePolicy#REMOVE}: there the text the
 *     member wrote is replaced by {@link org.copkit.api.privacy.Privacy#REMOVED_TEXT}; elsewhere it
 *     stays, signed by the pseudonym
 */
public record Pseudonymisation(MemberId member, MemberId pseudonym, Set<CommunityId> removing) {

  /** Validates the fields. */
  public Pseudonymisation {
    Validation.required("member", member);
    Validation.required("pseudonym", pseudonym);
    removing = Set.copyOf(Validation.noNulls("removing", removing));
    if (member.equals(pseudonym)) {
      throw new org.copkit.api.shared.InvalidInputException("pseudonym", "must differ from the member");
    }
  }

  /**
   * @param community a community
   * @return what happens there to the member's writing
   */
  public ErasurePolicy policyIn(CommunityId community) {
    return removing.contains(community) ? ErasurePolicy.REMOVE : ErasurePolicy.KEEP_ANONYMISED;
  }

  /**
   * Replaces the member's ID by the pseudonym in a text written by the platform (an audit entry's
   * detail: "… by [laia, marta]"), wherever it stands as a word of its own: not inside a longer ID
   * ({@code laia} in {@code laia.pons} or {@code e-laia} stays).
   *
   * @param text a text
   * @return the text naming the pseudonym instead
   */
  public String replacedIn(String text) {
    return word(member).matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(pseudonym.value()));
  }

  /**
   * Whether a text written by the platform names a member as a word of its own, by the rule of
   * {@link #replacedIn}: what an erasure replaces, an export holds.
   *
   * @param member a member
   * @param text a text
   * @return whether the text names the member
   */
  public static boolean namedIn(MemberId member, String text) {
    return word(member).matcher(text).find();
  }

  private static java.util.regex.Pattern word(MemberId member) {
    return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}._@-])" + java.util.regex.Pattern.quote(member.value())
        + "(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])");
  }
}
