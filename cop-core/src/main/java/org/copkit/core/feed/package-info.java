/**
 * The ranked activity feed: {@link org.copkit.core.feed.FeedModule} assembles it for {@code
 * CopPlatform}; everything else here is internal.
 *
 * <p>The index is columnar and append-only: one segment per community, each a chain of blocks of
 * primitive columns (time, static log-score, author ordinal, tag signature, flags: 21 bytes an
 * activity), summarised per stripe of 512 activities for pruning. The score is a sum in log space,
 * so recency is {@code lambda * (time - now)} and ageing needs no recomputation. Reads take no
 * lock; appends and engagement changes are serialised per segment and published with volatile or
 * release stores that every scan reads first.
 *
 * <p>What a feed request does: read the member's memberships (visibility is never cached), build
 * their lookup terms once (per author, per community, per tag count), bound every stripe, stream
 * the stripes best bound first into a bounded heap on primitives, and pick the page greedily with
 * diversity discounts. Paging sessions freeze the time and each community's size, and exclude what
 * they already served.
 */
package org.copkit.core.feed;
