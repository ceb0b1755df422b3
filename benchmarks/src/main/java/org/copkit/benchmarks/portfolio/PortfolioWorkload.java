package org.copkit.benchmarks.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.MemberId;

/**
 * A member with a long record in four communities (OPEN, two CLOSED, SECRET): {@code units} units
 * completed, {@code events} events attended, {@code items} knowledge items written (half of them for
 * the working group only), beside {@code others} other members who completed, attended and wrote
 * too. Her portfolio page selects all her evidence and is shared with the first CLOSED community,
 * whose participant (not CORE) reads it. Fixed seed.
 */
final class PortfolioWorkload {

  static final MemberId OWNER = MemberId.of("marta");
  static final MemberId READER = MemberId.of("oriol");
  static final MemberId FOUNDER = MemberId.of("jordi");
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  final CommunityId[] communities = new CommunityId[4];
  final Visibility[] visibilities = {Visibility.OPEN, Visibility.CLOSED, Visibility.CLOSED, Visibility.SECRET};
  final int units;
  final int events;
  final int items;
  final int others;
  final UUID[] unitIds;
  final UUID[] eventIds;
  final UUID[] itemIds;
  final UUID[] otherItemIds;
  /** For each other member, the units they completed and the events they attended. */
  final int[][] otherUnits;
  final int[][] otherEvents;

  private PortfolioWorkload(int units, int events, int items, int others) {
    Random random = new Random(42);
    this.units = units;
    this.events = events;
    this.items = items;
    this.others = others;
    for (int c = 0; c < communities.length; c++) {
      communities[c] = new CommunityId(new UUID(random.nextLong(), random.nextLong()));
    }
    unitIds = ids(random, units);
    eventIds = ids(random, events);
    itemIds = ids(random, items);
    otherItemIds = ids(random, others * Math.max(1, items / 30));
    otherUnits = new int[others][];
    otherEvents = new int[others][];
    for (int o = 0; o < others; o++) {
      otherUnits[o] = random.ints(0, units).distinct().limit(Math.min(units, 2_500)).toArray();
      otherEvents[o] = random.ints(0, events).distinct().limit(Math.min(events, 500)).toArray();
    }
  }

  /**
   * @param evidence how many pieces of evidence the owner has: 40 % units, 30 % events, 30 % items
   * @param others how many other members
   * @return the workload
   */
  static PortfolioWorkload of(int evidence, int others) {
    int units = evidence * 4 / 10;
    int events = evidence * 3 / 10;
    return new PortfolioWorkload(units, events, evidence - units - events, others);
  }

  private static UUID[] ids(Random random, int count) {
    UUID[] ids = new UUID[count];
    for (int i = 0; i < count; i++) {
      ids[i] = new UUID(random.nextLong(), random.nextLong());
    }
    return ids;
  }

  CommunityId communityOf(int index) {
    return communities[index % communities.length];
  }

  Instant at(int index) {
    return START.plusSeconds(60L * index);
  }

  static Audience audienceOfItem(int index) {
    return index % 2 == 0 ? Audience.COMMUNITY : Audience.CORE;
  }

  static MemberId other(int o) {
    return MemberId.of("member-" + o);
  }

  /** @return every piece of the owner's evidence, the page's selection, in the order of the page */
  List<String> pageKeys() {
    List<String> keys = new ArrayList<>(units + events + items);
    for (UUID id : unitIds) {
      keys.add("unit:" + id);
    }
    for (UUID id : eventIds) {
      keys.add("event:" + id);
    }
    for (UUID id : itemIds) {
      keys.add("item:" + id);
    }
    return keys;
  }
}
