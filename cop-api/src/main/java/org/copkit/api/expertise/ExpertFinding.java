package org.copkit.api.expertise;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: "who can answer this?". Deny by default: only members who may read a community
 * ask about it; a community the asker may not see is a {@link org.copkit.api.shared.NotFoundException}
 * exactly as an ID never used.
 */
public interface ExpertFinding {

  /**
   * Ranks the members who may read the question (members of its community whose tier sees its
   * audience, active in the directory, not hidden from suggestions, never the asker) by the
   * evidence the community holds of them, best first.
   *
   * @param asker who writes the question: a member who may write in its community, or an
   *     administrator
   * @param draft the question being written
   * @return at most {@code draft.limit()} suggestions, each with the evidence that counted
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the asker
   * @throws org.copkit.api.shared.AccessDeniedException when the asker may see it but not write there
   */
  List<Suggestion> suggest(MemberId asker, QuestionDraft draft);

  /**
   * The tacit experts of a community: members whose evidence says "expert" on a topic (at least
   * {@value TacitExpert#MIN_ANSWERS} answers on it and among the topic's top answerers) without
   * the EXPERT role, per topic, most answers first.
   *
   * @param moderator an e-moderator of the community, or an administrator
   * @param community the community
   * @param limit the most entries, from 1 to {@value QuestionDraft#MAX_LIMIT}
   * @return the entries, by topic
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the reader
   * @throws org.copkit.api.shared.AccessDeniedException for anyone who is not its e-moderator or an
   *     administrator
   */
  List<TacitExpert> tacitExperts(MemberId moderator, CommunityId community, int limit);

  /**
   * Hides the member from every suggestion, tacit-expert list and routing, until they show
   * themselves again. Kept in the storage: every node honours it.
   *
   * @param member who hides: only themselves
   */
  void hideFromSuggestions(MemberId member);

  /**
   * Undoes {@link #hideFromSuggestions}.
   *
   * @param member who shows themselves again
   */
  void showInSuggestions(MemberId member);

  /**
   * @param member who asks about themselves
   * @return whether they are hidden from suggestions
   */
  boolean hiddenFromSuggestions(MemberId member);
}
