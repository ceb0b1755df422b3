package org.copkit.api.notification.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Outbound port: what the platform keeps about members' attention, the store of record of their
 * settings, of the digests sent to them (one per member and period), of the unsubscribe tokens
 * those carried and of the interruptions spent of their daily budgets. Every call takes part in
 * the storage's current unit of work.
 *
 * <p>Uniqueness (one record per member, one digest per member and period, one token per text, one
 * interruption per member, day and slot) is held by the storage under any concurrency: the second
 * writer gets {@link org.copkit.api.shared.ConflictException.Kind#DUPLICATE} and leaves nothing.
 */
public interface AttentionBook {

  /**
   * The retention kind ({@code CopPlatform.Builder.retention}) of interruptions counted against a
   * daily budget, by when they happened: only the current day's are read.
   */
  String INTERRUPTION_RETENTION = "interruption";

  /**
   * The retention kind of digests sent, by when they were sent. Each member's latest digest (the
   * one whose window ends last) is kept whatever its age: the next digest starts where it ended.
   */
  String DIGEST_RETENTION = "digest-sent";

  /**
   * The retention kind of unsubscribe links' tokens, by when they were issued: a link older than the
   * period stops working (the member unsubscribes from their settings instead).
   */
  String TOKEN_RETENTION = "unsubscribe-token";


  /**
   * @param member a member
   * @return their settings as stored, if they ever changed them
   */
  Optional<AttentionRecord> find(MemberId member);

  /**
   * Stores a member's first record.
   *
   * @param record the record
   * @return the record as stored, at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the member has one
   */
  AttentionRecord add(AttentionRecord record);

  /**
   * Replaces a member's record.
   *
   * @param record the record, at the version read
   * @return the record as stored, at the next version
   * @throws org.copkit.api.shared.NotFoundException when the member has none
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when it moved on since it was read
   */
  AttentionRecord update(AttentionRecord record);

  /**
   * The records that may make a digest due: a daily or weekly frequency (on any channel), quiet
   * hours or a daily budget of interruptions (which may hold things back), in
   * member-ID order (exact text), a page at a time.
   *
   * @param after the last member of the previous page, empty for the first
   * @param max the most records, from 1 to 1,000
   * @return the next records
   */
  List<AttentionRecord> digestible(Optional<MemberId> after, int max);

  /**
   * @param member a member
   * @param period a period
   * @return the digest sent to them for it, if any
   */
  Optional<SentDigest> digest(MemberId member, String period);

  /**
   * Records a digest sent.
   *
   * @param digest the digest
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when one was sent for the member and
   *     period
   */
  void addDigest(SentDigest digest);

  /**
   * @param member a member
   * @return the latest end of the digests sent to them, if any
   */
  Optional<Instant> lastDigestEnd(MemberId member);

  /**
   * The latest ends of the digests sent to several members at once, for a sending that works
   * through many members in turn. A storage answers with one query; this default asks {@link
   * #lastDigestEnd(MemberId)} for each.
   *
   * @param members the members, at most 1,000
   * @return per member who was sent any, the latest end of their digests
   */
  default Map<MemberId, Instant> lastDigestEnds(Collection<MemberId> members) {
    Map<MemberId, Instant> found = new HashMap<>();
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    for (MemberId member : members) {
      lastDigestEnd(member).ifPresent(end -> found.put(member, end));
    }
    return found;
  }

  /**
   * @param member a member
   * @param periodPrefix how the periods begin ({@code daily/}): the digests of one of their
   *     channels' frequencies, when those differ
   * @return the latest end of the digests sent to them whose period begins so, if any
   */
  Optional<Instant> lastDigestEnd(MemberId member, String periodPrefix);

  /**
   * @param token an unsubscribe token
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the token is taken
   */
  void addToken(UnsubscribeToken token);

  /**
   * @param token a token's text
   * @return the token, if one was issued
   */
  Optional<UnsubscribeToken> token(String token);

  /**
   * @param member a member
   * @param day a day in their zone
   * @return how many interruptions they had that day
   */
  int interruptions(MemberId member, LocalDate day);

  /**
   * Records one interruption of a member.
   *
   * @param member the member
   * @param day the day in their zone
   * @param slot its number that day, from 1: the one after those counted
   * @param at when
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the slot is taken
   */
  void addInterruption(MemberId member, LocalDate day, int slot, Instant at);
  /**
   * Claims a page of a sending of digests for a node (see {@link PageClaim}), in the caller's unit
   * of work. This default claims nothing, so every node goes through every page, as each node reading
   * every member did before pages were claimed: nothing is sent twice either way (one digest per
   * member and period), only read twice. A storage shared by several nodes overrides it, with
   * {@link #claim(String, int)} and {@link #sweepClaims(String)}.
   *
   * @param claim the claim
   * @throws org.copkit.api.shared.ConflictException {@code DUPLICATE} when the page of that slot is
   *     claimed already, by this node or another
   */
  default void addClaim(PageClaim claim) {
    Validation.required("claim", claim);
  }

  /**
   * @param slot a slot
   * @param page a page
   * @return the claim on that page in that slot, if any
   */
  default Optional<PageClaim> claim(String slot, int page) {
    Validation.required("slot", slot);
    return Optional.empty();
  }

  /**
   * Forgets the claims of the slots before one: sendings call it as they start.
   *
   * @param slot a slot
   * @return how many claims were forgotten
   */
  default long sweepClaims(String slot) {
    Validation.required("slot", slot);
    return 0;
  }
}
