/**
 * Discussions in the core: threads, posts, revisions, reactions and accepted answers, who may read
 * and write them, and what publishing a post entails. New posts pass moderation's publication gate.
 */
package org.copkit.core.discussion;
