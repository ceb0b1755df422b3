/**
 * An importer of Stack Exchange data dumps ({@code Users.xml}, {@code Posts.xml}, {@code
 * Comments.xml}, {@code Votes.xml}): {@link org.copkit.examples.stackexchange.StackExchangeImporter}
 * replays one dump into one community through CoPKit's public use cases, on any storage, keeping
 * every item's date, and counts what became of every row in an {@link
 * org.copkit.examples.stackexchange.ImportSummary}.
 *
 * <p>The files are streamed with StAX; users, posts and comments are held in a compact form (bodies
 * already turned into Markdown) only to be sorted by date, and votes are not held at all.
 */
package org.copkit.examples.stackexchange;
