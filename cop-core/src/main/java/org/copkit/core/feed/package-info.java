/**
 * The ranked activity feed: {@link org.copkit.core.feed.FeedAssembly} assembles it for {@code
 * CopPlatform}; everything else here is internal.
 *
 * <p><b>Persisted and derived.</b> What the feed knows is persisted in the storage's change log
 * ({@code ChangeLog}, topic {@code feed}), appended in the unit of work of each change: activities
 * published (with whether their author was an e-moderator or expert then; the log claims each
 * activity ID once), retractions and reinstatements, interactions (seen, reacted, replied,
 * answered) and declared interests ({@link org.copkit.core.feed.FeedChange}). Everything in
 * memory is derived from it and may be dropped at any time: the ranking index (segments, blocks,
 * the author and tag dictionaries, engagement counts, retracted flags) and members' profiles
 * (affinities, expertise, interests, and the latest seen activities, at most the platform's seen
 * limit per member). A node rebuilds them by reading the whole log when it starts, in batches
 * ({@link org.copkit.core.feed.FeedSync}), and keeps them current by reading what is new: after
 * each of its own writes, and by polling. Memberships, tiers and communities are not derived: they
 * are read from storage on every request, so a member removed on one node sees nothing on any
 * other at once. Paging cursors name places in the index, which every node derives alike.
 *
 * <p>The index is columnar and append-only: one segment per community, each a chain of blocks of
 * primitive columns (a float key, time, static log-score, author ordinal, tag signature, flags: 25
 * bytes an activity), summarised per stripe of 512 activities and per block for pruning. The score
 * is a sum in log space, so recency is {@code lambda * (time - now)} and ageing needs no
 * recomputation; the key is the static score already decayed from the block's first activity, so
 * the scan tests most activities on 4 bytes and scores only those that may reach the page. Reads take no
 * lock; appends and engagement changes are serialised per segment and published with volatile or
 * release stores that every scan reads first.
 *
 * <p>What a feed request does: read the member's memberships (visibility is never cached), build
 * their lookup terms once (per author, per community, per tag count), bound every block, stream
 * the blocks best bound first (and, within them, the stripes that may still reach the floor) into
 * a bounded heap on primitives (or, for a diversified page, a larger pool kept by selection), and
 * pick the page greedily with diversity discounts from per-community heaps. Paging sessions freeze the time and each community's size, and exclude what
 * they already served.
 */
package org.copkit.core.feed;
