package org.copkit.api.privacy;

import java.io.OutputStream;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * Use case: a member's rights over what CoPKit holds about them — access and portability (export)
 * and erasure — and the communities' erasure policies.
 *
 * <p>Who may ask: the member themselves, and platform administrators, whose requests are audited
 * (an administrator's export is a read of someone else's data, and is audited too). Anyone else is
 * refused with an {@link org.copkit.api.shared.AccessDeniedException} that says nothing of whether
 * the member exists.
 *
 * <p>The privacy audit trail ({@link #auditTrail}, scope {@value #AUDIT_SCOPE}) holds every export
 * and erasure, every retention sweep, and every read a platform administrator makes of another,
 * named member's data through the platform's other queries ({@link
 * org.copkit.api.shared.AuditAction#MEMBER_DATA_READ}: {@code CommunityQueries.memberships}, {@code
 * DiscussionQueries.postsBy}, {@code CompetenceAssessment.claimsOf}, {@code Portfolios.matrix}).
 */
public interface Privacy {

  /** The scope of the privacy audit trail's entries. */
  String AUDIT_SCOPE = "privacy";

  /** The {@code $schema} of every export: see {@code docs/privacy-export.schema.json}. */
  String EXPORT_SCHEMA = "https://copkit.org/schemas/member-export/1.json";

  /** The text that replaces what an erased member wrote in a community whose policy is {@link ErasurePolicy#REMOVE}. */
  String REMOVED_TEXT = "[removed]";

  /** {@link #REMOVED_TEXT} rendered, in place of the HTML of a removed post. */
  String REMOVED_HTML = "<p>[removed]</p>";

  /** What every pseudonym starts with. */
  String PSEUDONYM_PREFIX = "erased-";

  /**
   * Writes everything the platform holds about a member to {@code out} as one UTF-8 JSON document
   * (schema {@value #EXPORT_SCHEMA}). It is streamed: each capability pages through storage and
   * writes record by record, so the document is never held in memory whatever its size. The stream
   * is flushed, not closed.
   *
   * @param actor who asks: the member, or a platform administrator (audited)
   * @param member whose data
   * @param out where the document goes
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is neither
   * @throws org.copkit.api.shared.InvalidInputException when an argument is null
   * @throws java.io.UncheckedIOException when writing fails
   */
  void export(MemberId actor, MemberId member, OutputStream out);

  /** The entry of an {@link #exportArchive archive} that holds the JSON document of {@link #export}. */
  String ARCHIVE_DOCUMENT = "export.json";

  /**
   * Where an {@link #exportArchive archive} keeps the files the member uploaded: {@code
   * documents/<item>/<revision>/<file name>}.
   */
  String ARCHIVE_FILES = "documents/";

  /**
   * Writes everything the platform holds about a member to {@code out} as a ZIP archive: the JSON
   * document of {@link #export} as {@value #ARCHIVE_DOCUMENT}, then the bytes of every file they
   * attached to library documents under {@value #ARCHIVE_FILES} (the document's {@code
   * knowledge.attached-file} records describe them). Streamed like {@link #export}: each file is
   * copied from the documents store to the archive, never held whole; only the list of the member's
   * files is kept while the document is written. Audited as an export. The stream is flushed, not
   * closed.
   *
   * @param actor who asks: the member, or a platform administrator (audited)
   * @param member whose data
   * @param out where the archive goes
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is neither
   * @throws org.copkit.api.shared.InvalidInputException when an argument is null
   * @throws java.io.UncheckedIOException when reading a file or writing fails
   */
  void exportArchive(MemberId actor, MemberId member, OutputStream out);

  /**
   * Erases a member: every capability replaces them by their pseudonym, and removes or keeps what
   * they wrote per community policy. Each capability works in a unit of work of its own and the
   * progress is recorded, so a request interrupted halfway (a crash, a failing database) completes
   * when asked again, with the same pseudonym. Asking again once complete changes nothing.
   *
   * @param actor who asks: the member, or a platform administrator (audited)
   * @param member whom to erase
   * @return the outcome
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is neither
   * @throws org.copkit.api.shared.InvalidInputException when an argument is null, or names a
   *     pseudonym
   */
  Erasure erase(MemberId actor, MemberId member);

  /**
   * @param actor a platform administrator
   * @param community a community
   * @return its erasure policy: {@link ErasurePolicy#KEEP_ANONYMISED} unless one was set
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an administrator
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist
   */
  ErasurePolicy policy(MemberId actor, CommunityId community);

  /**
   * Sets what happens to an erased member's writing in a community, from now on (audited).
   *
   * @param actor a platform administrator
   * @param community a community
   * @param policy its policy
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an administrator
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist
   * @throws org.copkit.api.shared.InvalidInputException when an argument is null
   */
  void setPolicy(MemberId actor, CommunityId community, ErasurePolicy policy);

  /**
   * Deletes what is older than its retention period ({@code CopPlatform.Builder.retention}), for
   * the host to schedule (daily, say); kinds without a period are kept. Each kind is deleted in
   * batches of {@value #SWEEP_BATCH}, each in a unit of work of its own; several nodes may sweep
   * at once (each record is deleted, and counted, once). Audited (scope {@code privacy}, action
   * {@code RETENTION_SWEPT}, no actor: it is the host's job, not a person's), also when nothing
   * was old enough.
   *
   * @param now the instant the periods are counted back from
   * @return what it removed, per kind with a period
   * @throws org.copkit.api.shared.InvalidInputException when {@code now} is null
   */
  RetentionSweep sweep(java.time.Instant now);

  /** The most records of one kind a sweep deletes in one unit of work. */
  int SWEEP_BATCH = 1_000;

  /**
   * The privacy audit trail: exports, erasures (under the pseudonym), retention sweeps, and
   * administrators' reads of other members' data, oldest first.
   *
   * @param actor a platform administrator
   * @param page which page
   * @return the page
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an administrator
   * @throws org.copkit.api.shared.InvalidInputException when an argument is null
   */
  org.copkit.api.shared.Page<org.copkit.api.shared.AuditEntry> auditTrail(MemberId actor,
      org.copkit.api.shared.PageRequest page);
}
