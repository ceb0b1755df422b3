package org.copkit.api.moderation.spi;

import java.time.Instant;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A post about to be published, or the new text of a post its author edits, with what a rule needs
 * to know about its author.
 *
 * @param community the community
 * @param author who wrote it
 * @param joinedAt when the author joined the community
 * @param publishedPosts how many of the author's posts in the community are published
 * @param body the Markdown source
 * @param text the text a reader sees, without markup: for a thread's opening post, the thread's
 *     title, a blank line, then the post's text
 * @param links the link targets it holds
 * @param recentBodies the author's latest post bodies in the community (last 24 hours, newest first)
 * @param now the platform clock's time
 * @param newcomerLinks how many links the community allows a newcomer's post
 * @param newcomer whether the author is still in the community's newcomer period
 */
public record Draft(
    CommunityId community,
    MemberId author,
    Instant joinedAt,
    long publishedPosts,
    String body,
    String text,
    List<String> links,
    List<String> recentBodies,
    Instant now,
    int newcomerLinks,
    boolean newcomer) {

  /** Validates and copies the fields. */
  public Draft {
    Validation.required("community", community);
    Validation.required("author", author);
    Validation.required("joinedAt", joinedAt);
    Validation.notNegative("publishedPosts", publishedPosts);
    Validation.required("body", body);
    Validation.required("text", text);
    links = List.copyOf(Validation.noNulls("links", links));
    recentBodies = List.copyOf(Validation.noNulls("recentBodies", recentBodies));
    Validation.required("now", now);
    Validation.notNegative("newcomerLinks", newcomerLinks);
  }
}
