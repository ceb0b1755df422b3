/**
 * The ranked activity feed: {@link org.copkit.core.feed.FeedModule} assembles it for {@code
 * CopPlatform}; everything else here is internal.
 *
 * <p>The index is columnar and append-only: one segment per community, each a chain of blocks of
 * primitive columns (time, static log-score, author ordinal, tag signature, flags: 21 bytes an
 * activity), with per-block summaries for pruning. The score is a sum in log space, so recency is
 * {@code lambda * (time - now)} and ageing needs no recomputation. Reads take no lock; appends and
 * engagement changes are serialised per segment and published through volatile fields.
 */
package org.copkit.core.feed;
