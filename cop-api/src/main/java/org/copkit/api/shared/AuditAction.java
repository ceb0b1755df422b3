package org.copkit.api.shared;

/**
 * What an {@link AuditEntry} records: every action a use case writes to the audit trail. Stores
 * keep the constant's {@link #name() name} as text, so a name never changes once released; new
 * actions are added as new constants.
 */
public enum AuditAction {
  /** A community was proposed. */
  COMMUNITY_CREATED,
  /** A community's details changed. */
  COMMUNITY_UPDATED,
  /** A community moved to another stage of its lifecycle. */
  STAGE_CHANGED,
  /** Someone became a member (an open community, or an accepted invitation). */
  MEMBER_JOINED,
  /** Someone asked to join a closed community. */
  JOIN_REQUESTED,
  /** A request to join was approved. */
  JOIN_REQUEST_APPROVED,
  /** A request to join was declined. */
  JOIN_REQUEST_DECLINED,
  /** A request to join was withdrawn by its author. */
  JOIN_REQUEST_WITHDRAWN,
  /** Someone was invited. */
  MEMBER_INVITED,
  /** An invitation was declined by its invitee. */
  INVITATION_DECLINED,
  /** An invitation was revoked. */
  INVITATION_REVOKED,
  /** A member left. */
  MEMBER_LEFT,
  /** A member was removed. */
  MEMBER_REMOVED,
  /** A member's tier changed. */
  TIER_CHANGED,
  /** A member was given a role. */
  ROLE_GRANTED,
  /** A member lost a role. */
  ROLE_REVOKED,
  /** Someone flagged content or a person. */
  FLAG_RAISED,
  /** A moderator decided a review item. */
  ITEM_DECIDED,
  /** A review item was escalated to the platform's administrators. */
  ITEM_ESCALATED,
  /** A member was muted. */
  MEMBER_MUTED,
  /** A community's moderation policy changed. */
  MODERATION_CONFIGURED,
  /** An e-moderator turned a moderation rule on or off in a community. */
  MODERATION_RULE_SWITCHED,
  /** A moderator edited someone else's post. */
  POST_EDITED_BY_MODERATOR,
  /** An e-moderator changed the competences another member's thread is about. */
  THREAD_COMPETENCES_CHANGED,
  /** A thread was pinned. */
  THREAD_PINNED,
  /** A thread was unpinned. */
  THREAD_UNPINNED,
  /** A thread was locked. */
  THREAD_LOCKED,
  /** A thread was closed. */
  THREAD_CLOSED,
  /** A locked or closed thread was reopened. */
  THREAD_REOPENED,
  /** A thread left this community for another (written in the community it left). */
  THREAD_MOVED_OUT,
  /** A thread arrived from another community (written in the community it joined). */
  THREAD_MOVED_IN,
  /** An organiser recorded a member's attendance at a learning event. */
  ATTENDANCE_RECORDED,
  /** An organiser changed a learning event's details. */
  LEARNING_EVENT_EDITED,
  /** An organiser cancelled a learning event and its registrations. */
  LEARNING_EVENT_CANCELLED,
  /** A knowledge item was created. */
  KNOWLEDGE_ITEM_CREATED,
  /** A knowledge item was changed: a new revision. */
  KNOWLEDGE_ITEM_REVISED,
  /** An earlier revision of a knowledge item was restored as its new revision. */
  KNOWLEDGE_REVISION_RESTORED,
  /** A knowledge pill was made of a discussion's accepted answer or whole thread. */
  KNOWLEDGE_ITEM_PROMOTED,
  /** A file was attached to a library document, as its next revision. */
  KNOWLEDGE_FILE_ATTACHED,
  /** A knowledge item was placed in a section (or in none), or its owner or review-by day changed. */
  KNOWLEDGE_ITEM_CURATED,
  /** A section of a knowledge base was created, renamed or moved. */
  KNOWLEDGE_SECTION_CHANGED,
  /** A working group started the draft of an output. */
  OUTPUT_DRAFT_STARTED,
  /** An e-moderator sent an output to review, naming its reviewers. */
  OUTPUT_REVIEW_REQUESTED,
  /** A reviewer approved an output or asked for changes. */
  OUTPUT_REVIEWED,
  /** An e-moderator published an approved output to its community. */
  OUTPUT_PUBLISHED,
  /** A published output was diffused to one more target. */
  OUTPUT_DIFFUSED,
  /** An e-moderator assessed the production process of an output. */
  OUTPUT_ASSESSED,
  /** An e-moderator changed how many approvals the community's outputs need. */
  REVIEW_POLICY_CONFIGURED,
  /** Everything the platform holds about a member was exported to them or to an administrator. */
  MEMBER_DATA_EXPORTED,
  /**
   * A platform administrator read data about another, named member (their memberships, posts,
   * competence claims or competence matrix); the detail says which. Kept in {@link
   * org.copkit.api.privacy.Privacy#AUDIT_SCOPE}.
   */
  MEMBER_DATA_READ,
  /** A member was erased: replaced by their pseudonym everywhere (audited under the pseudonym). */
  MEMBER_ERASED,
  /** An administrator set what happens to an erased member's writing in a community. */
  ERASURE_POLICY_SET,
  /** The host's retention sweep deleted records older than their retention period. */
  RETENTION_SWEPT
}
