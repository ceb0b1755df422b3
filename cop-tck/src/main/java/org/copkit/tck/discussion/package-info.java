/**
 * The contracts of the discussion feature's storage ports ({@link
 * org.copkit.tck.discussion.ThreadsContract}, {@link org.copkit.tck.discussion.PostsContract},
 * {@link org.copkit.tck.discussion.ReactionsContract}) and {@link
 * org.copkit.tck.discussion.DiscussionFixtures}, builders of valid threads, posts and revisions for
 * them and for adapters' own tests.
 *
 * <p>The suites extend {@link org.copkit.tck.discussion.DiscussionStorageContract}, so an adapter
 * answers one question per suite, with a fresh, empty storage:
 *
 * <pre>{@code
 * class MyThreadsTest extends ThreadsContract {
 *   @Override
 *   protected DiscussionStorage storage() {
 *     return MyStorage.createEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>Every port call runs in a transaction of that storage ({@link
 * org.copkit.tck.discussion.EachCallInATransaction}); where the ports say "ties broken by ID", IDs
 * compare as their canonical text, ascending.
 */
package org.copkit.tck.discussion;
