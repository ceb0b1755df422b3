package org.copkit.core.feed;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.FeedSettings;
import org.copkit.api.shared.MemberId;

/**
 * The ranking index: every published activity, in one {@link Segment} per community, with the
 * dictionaries that turn authors, communities and tags into the ordinals and bits the columns
 * hold, and a table from {@link ActivityId} to the activity's place.
 *
 * <p>An activity's place is a {@code ref}: the community ordinal in the high 32 bits, the position
 * in its segment in the low 32. Appends take one lock (they are rare next to reads); reads take
 * none.
 */
final class ActivityIndex {

  private final FeedSettings settings;
  private final int vendorSignals;
  private final Object appendLock = new Object();

  private final Map<CommunityId, Segment> segmentsById = new ConcurrentHashMap<>();
  private volatile Segment[] segments = new Segment[0];

  private final Map<MemberId, Integer> authorOrdinals = new ConcurrentHashMap<>();
  private volatile MemberId[] authors = new MemberId[0];

  private final Map<String, Integer> tagOrdinals = new ConcurrentHashMap<>();
  private final AtomicInteger nextTag = new AtomicInteger();

  /** Open addressing from an ID's hash to {@code ref + 1}; 0 marks a free slot. */
  private volatile AtomicLongArray locator = new AtomicLongArray(1024);
  private int located;

  ActivityIndex(FeedSettings settings, int vendorSignals) {
    this.settings = settings;
    this.vendorSignals = vendorSignals;
  }

  static long ref(int community, int position) {
    return (long) community << 32 | position;
  }

  static int community(long ref) {
    return (int) (ref >>> 32);
  }

  static int position(long ref) {
    return (int) ref;
  }

  /**
   * Appends an activity unless its ID is taken.
   *
   * @return whether it was appended
   */
  boolean append(Activity activity, boolean authorRole, float[] vendorTerms) {
    synchronized (appendLock) {
      UUID id = activity.id().value();
      if (locate(id).isPresent()) {
        return false;
      }
      Segment segment = segmentFor(activity.community());
      int position =
          segment.append(activity, authorOrdinal(activity.author()), tagMask(activity.tags()), authorRole, vendorTerms);
      remember(id, ref(segment.ordinal, position));
      return true;
    }
  }

  /** @return the activity's ref, if it was published */
  OptionalLong locate(ActivityId id) {
    return locate(id.value());
  }

  /** @return the community's segment, or null when nothing was published there */
  Segment segment(CommunityId community) {
    return segmentsById.get(community);
  }

  Segment segment(long ref) {
    return segments[community(ref)];
  }

  /** @return how many authors have an ordinal (the size of per-author lookups) */
  int authorCount() {
    return authors.length;
  }

  MemberId author(int ordinal) {
    return authors[ordinal];
  }

  /** @return the author's ordinal, or -1 when they have published nothing */
  int authorOrdinalOf(MemberId author) {
    Integer ordinal = authorOrdinals.get(author);
    return ordinal == null ? -1 : ordinal;
  }

  /** @return the tags' signature: one of 64 bits per tag, given in the order tags first appear */
  long tagMask(Collection<String> tags) {
    long mask = 0;
    for (String tag : tags) {
      mask |= 1L << (tagOrdinals.computeIfAbsent(tag, t -> nextTag.getAndIncrement()) & 63);
    }
    return mask;
  }

  /** @return the columns holding a published ref, at {@link #slot(long)} */
  Block.Columns columns(long ref) {
    return segment(ref).columnsAt(position(ref));
  }

  static int slot(long ref) {
    return Block.slot(position(ref));
  }

  /** @return whether a published activity is retracted now */
  boolean isRetracted(long ref) {
    return (columns(ref).flags[slot(ref)] & Block.RETRACTED) != 0;
  }

  /**
   * Retracts or reinstates a published activity.
   *
   * @return whether that changed anything
   */
  boolean setRetracted(long ref, boolean retracted) {
    return segment(ref).setRetracted(position(ref), retracted);
  }

  ActivityId id(long ref) {
    Block.Records records = columns(ref).records;
    return new ActivityId(new UUID(records.idHigh[slot(ref)], records.idLow[slot(ref)]));
  }

  /** Orders two refs by their {@link ActivityId}, as {@link ActivityId#compareTo} does. */
  int compareIds(long a, long b) {
    Block.Records ra = columns(a).records;
    Block.Records rb = columns(b).records;
    int sa = slot(a);
    int sb = slot(b);
    int high = Long.compare(ra.idHigh[sa], rb.idHigh[sb]);
    return high != 0 ? high : Long.compare(ra.idLow[sa], rb.idLow[sb]);
  }

  private Segment segmentFor(CommunityId community) {
    Segment segment = segmentsById.get(community);
    if (segment == null) {
      Segment[] grown = Arrays.copyOf(segments, segments.length + 1);
      segment = new Segment(segments.length, community, settings.rankingOf(community), vendorSignals);
      grown[segment.ordinal] = segment;
      segments = grown;
      segmentsById.put(community, segment);
    }
    return segment;
  }

  /**
   * Replaces an author by their pseudonym in the dictionary, keeping their ordinal: the columns
   * and affinities that refer to it name the pseudonym from now on.
   *
   * @param erased true for the member erased
   * @param pseudonym their pseudonym
   */
  void renameAuthor(java.util.function.Predicate<MemberId> erased, MemberId pseudonym) {
    synchronized (appendLock) {
      for (MemberId author : List.copyOf(authorOrdinals.keySet())) {
        if (erased.test(author)) {
          int ordinal = authorOrdinals.remove(author);
          MemberId[] renamed = authors.clone();
          renamed[ordinal] = pseudonym;
          authors = renamed;
          authorOrdinals.put(pseudonym, ordinal);
        }
      }
    }
  }

  private int authorOrdinal(MemberId author) {
    Integer ordinal = authorOrdinals.get(author);
    if (ordinal == null) {
      MemberId[] grown = Arrays.copyOf(authors, authors.length + 1);
      ordinal = authors.length;
      grown[ordinal] = author;
      authors = grown;
      authorOrdinals.put(author, ordinal);
    }
    return ordinal;
  }

  private OptionalLong locate(UUID id) {
    AtomicLongArray table = locator;
    int mask = table.length() - 1;
    for (int i = hash(id) & mask; ; i = (i + 1) & mask) {
      long entry = table.getAcquire(i);
      if (entry == 0) {
        return OptionalLong.empty();
      }
      long ref = entry - 1;
      if (isPublished(ref) && holds(ref, id)) {
        return OptionalLong.of(ref);
      }
    }
  }

  /** Whether a ref's segment has published it: only then are its columns safe to read. */
  boolean isPublished(long ref) {
    Segment[] current = segments;
    return community(ref) < current.length && position(ref) < current[community(ref)].size();
  }

  private boolean holds(long ref, UUID id) {
    Block.Records records = columns(ref).records;
    return records.idHigh[slot(ref)] == id.getMostSignificantBits()
        && records.idLow[slot(ref)] == id.getLeastSignificantBits();
  }

  private void remember(UUID id, long ref) {
    if (++located * 3 > locator.length() * 2) {
      AtomicLongArray grown = new AtomicLongArray(locator.length() * 2);
      for (int i = 0; i < locator.length(); i++) {
        long entry = locator.get(i);
        if (entry != 0) {
          insert(grown, id(entry - 1).value(), entry);
        }
      }
      locator = grown;
    }
    insert(locator, id, ref + 1);
  }

  private static void insert(AtomicLongArray table, UUID id, long entry) {
    int mask = table.length() - 1;
    int i = hash(id) & mask;
    while (table.get(i) != 0) {
      i = (i + 1) & mask;
    }
    table.setRelease(i, entry);
  }

  private static int hash(UUID id) {
    long h = (id.getMostSignificantBits() ^ id.getLeastSignificantBits()) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ h >>> 32);
  }
}
