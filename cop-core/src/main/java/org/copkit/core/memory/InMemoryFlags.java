package org.copkit.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.shared.MemberId;

final class InMemoryFlags implements Flags {

  private static final Comparator<Flag> OLDEST_FIRST =
      Comparator.comparing(Flag::raisedAt).thenComparing(f -> f.id().toString());

  /** What a flag is about, where. */
  private record Target(CommunityId community, ModerationSubject subject) {}

  /** The key of at most one OPEN flag. */
  private record OpenFlag(CommunityId community, MemberId flagger, ModerationSubject subject) {}

  private final IndexedStore<FlagId, Flag> flags;
  private final IndexedStore<FlagId, Flag>.Index<Target> byTarget;
  private final IndexedStore<FlagId, Flag>.Index<MemberId> byFlagger;

  InMemoryFlags(InMemoryTransactions transactions) {
    this.flags =
        new IndexedStore<>(
            transactions,
            "flag",
            Flag::id,
            Flag::version,
            (f, v) ->
                new Flag(f.id(), f.community(), f.subject(), f.flagger(), f.reason(), f.text(), f.weight(), f.raisedAt(),
                    f.outcome(), v));
    flags.uniqueWhile(
        f -> f.outcome() == Flag.Outcome.OPEN,
        f -> new OpenFlag(f.community(), f.flagger(), f.subject()),
        key -> "open flag of " + key.flagger() + " on " + key.subject().key() + " in " + key.community());
    this.byTarget = flags.index(f -> new Target(f.community(), f.subject()));
    this.byFlagger = flags.index(Flag::flagger);
  }

  @Override
  public void add(Flag flag) {
    flags.add(flag);
  }

  @Override
  public Flag update(Flag flag) {
    return flags.update(flag);
  }

  @Override
  public Optional<Flag> find(FlagId id) {
    return flags.find(id);
  }

  @Override
  public List<Flag> open(CommunityId community, ModerationSubject subject) {
    return byTarget.find(new Target(community, subject))
        .filter(f -> f.outcome() == Flag.Outcome.OPEN)
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public long countRaisedSince(MemberId flagger, Instant since) {
    return byFlagger.find(flagger).filter(f -> !f.raisedAt().isBefore(since)).count();
  }

  @Override
  public long countWithOutcome(MemberId flagger, Flag.Outcome outcome) {
    return byFlagger.find(flagger).filter(f -> f.outcome() == outcome).count();
  }

  /** @return every flag, for privacy */
  java.util.stream.Stream<Flag> all() {
    return flags.all();
  }
}
