/**
 * Discussions and Q&amp;A: {@link org.copkit.api.discussion.DiscussionThread threads} of kind
 * DISCUSSION, QUESTION or ANNOUNCEMENT, their {@link org.copkit.api.discussion.Post posts} (Markdown,
 * rendered to sanitized HTML, with revisions, reactions and mentions), accepted answers, and the
 * e-moderators' pins, locks and closures.
 *
 * <p>Use cases: {@link org.copkit.api.discussion.Discussions} and {@link
 * org.copkit.api.discussion.DiscussionQueries}. Moderation of what is posted lives in {@code
 * org.copkit.api.moderation}.
 */
package org.copkit.api.discussion;
