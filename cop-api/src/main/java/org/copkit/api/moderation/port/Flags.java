package org.copkit.api.moderation.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.MemberId;

/** Outbound port: flags. Contract: {@code org.copkit.tck.moderation.FlagsContract}. */
public interface Flags {

  /**
   * Stores a new flag.
   *
   * @param flag the flag
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the ID is taken, or when the
   *     flagger's flag on the same subject in the same community is still OPEN
   */
  void add(Flag flag);

  /**
   * Replaces a flag if the stored version equals {@code flag.version()}.
   *
   * @param flag the changed flag
   * @return the stored flag, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when the stored version differs
   * @throws org.copkit.api.shared.NotFoundException when there is no such flag
   */
  Flag update(Flag flag);

  /**
   * @param id the ID
   * @return the flag, if stored
   */
  Optional<Flag> find(FlagId id);

  /**
   * @param community the community
   * @param subject the subject
   * @return its OPEN flags, oldest first (ties broken by ID)
   */
  List<Flag> open(CommunityId community, ModerationSubject subject);

  /**
   * @param flagger the person
   * @param since the start of the window
   * @return how many flags the person raised at or after {@code since}, in any community
   */
  long countRaisedSince(MemberId flagger, Instant since);

  /**
   * @param flagger the person
   * @param outcome UPHELD or DISMISSED (or OPEN)
   * @return how many of the person's flags have that outcome, in any community
   */
  long countWithOutcome(MemberId flagger, Flag.Outcome outcome);
}
