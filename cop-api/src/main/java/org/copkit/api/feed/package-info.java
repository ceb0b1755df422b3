/**
 * The ranked, personal activity feed.
 *
 * <p>Capabilities publish {@link org.copkit.api.feed.Activity activities} and members'
 * {@link org.copkit.api.feed.Interaction interactions} through {@link
 * org.copkit.api.feed.ActivityPublishing}; members read their {@link org.copkit.api.feed.Feed}, a
 * page at a time, and may ask why an item is there ({@link org.copkit.api.feed.Explanation}).
 *
 * <p>The score is a sum in log space (a product of factors): recency with each community's
 * half-life, engagement with diminishing returns, the author's role, the member's affinity to the
 * author and the community, relevance to the member's {@link org.copkit.api.feed.Interests},
 * a boost for open questions in topics the member has answered in, a penalty for what they have
 * seen, and {@link org.copkit.api.feed.spi vendor signals}; a diversity discount keeps one author
 * or community from filling a page. Weights are in {@link org.copkit.api.feed.FeedSettings}.
 *
 * <p>Tags are compared through a 64-bit signature (each distinct tag is given one of 64 bits in
 * the order tags first appear), so on a platform with more than 64 distinct tags two tags may
 * share a bit and count as shared for {@code relevance} and {@code tacit-expertise}.
 */
package org.copkit.api.feed;
