package org.copkit.api.expertise;

/** What a piece of {@link Evidence} is. */
public enum EvidenceKind {
  /** Answers given recently: in the community's recent window (a quarter of its recorded life, 30 days to a year). */
  RECENT_ANSWERS,
  /** Every answer given in the community, whenever. */
  ANSWERS,
  /** Answers on one of the question's specific topics (a tag on at most a tenth of the questions). */
  TOPIC_ANSWERS,
  /** Answers accepted by their askers. */
  ACCEPTED_ANSWERS,
  /** Knowledge items written on one of the question's topics. */
  KNOWLEDGE_ITEMS,
  /**
   * Outputs of the production cycle the member started, published to the whole community, on one
   * of the question's topics (a working group's draft never counts).
   */
  OUTPUTS_AUTHORED,
  /** Published outputs on one of the question's topics of which the member wrote a revision. */
  OUTPUTS_CO_AUTHORED,
  /** HELPFUL marks other members gave the member's answers (answers moderation hid do not count). */
  HELPFUL_REACTIONS,
  /** Competences of the member's claims in the community that an e-moderator or expert validated. */
  VALIDATED_COMPETENCES,
  /** Endorsements peers gave the member's competence claims in the community. */
  ENDORSEMENTS,
  /** The member's declared EXPERT role in the community. */
  EXPERT_ROLE,
  /**
   * Questions asked in the community: activity that adds nothing to the score, shown for members
   * whose only evidence it is (they come after everyone with weightier evidence).
   */
  QUESTIONS
}
