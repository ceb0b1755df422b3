package org.copkit.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.shared.MemberId;

final class InMemoryMutes implements Mutes {

  private record Muted(CommunityId community, MemberId member) {}

  private final VersionedStore<Muted, List<Mute>> mutes;

  InMemoryMutes(InMemoryTransactions transactions) {
    this.mutes = VersionedStore.unversioned(transactions, "mutes");
  }

  @Override
  public void add(Mute mute) {
    mutes.put(
        new Muted(mute.community(), mute.member()),
        kept -> {
          List<Mute> next = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
          next.add(mute);
          return List.copyOf(next);
        });
  }

  @Override
  public Optional<Mute> inForce(CommunityId community, MemberId member, Instant now) {
    return mutes.find(new Muted(community, member)).orElse(List.of()).stream()
        .filter(m -> m.inForceAt(now))
        .max(Comparator.comparing(Mute::until));
  }

  /** @return the mutes that name a member (muted or muting), for privacy */
  java.util.stream.Stream<Mute> naming(MemberId member) {
    return mutes.all().stream().flatMap(List::stream).filter(m -> MemberRecords.names(m, member)).toList().stream();
  }

  /** Replaces a member by a pseudonym in every mute, for privacy; returns how many changed. */
  long reassign(MemberId member, MemberId pseudonym) {
    List<Mute> naming = naming(member).toList();
    for (Mute mute : naming) {
      Muted key = new Muted(mute.community(), mute.member());
      List<Mute> next = new ArrayList<>(mutes.find(key).orElse(List.of()));
      next.remove(mute);
      if (next.isEmpty()) {
        mutes.remove(key);
      } else {
        mutes.put(key, kept -> List.copyOf(next));
      }
      add(MemberRecords.replaced(mute, member, pseudonym));
    }
    return naming.size();
  }
}
