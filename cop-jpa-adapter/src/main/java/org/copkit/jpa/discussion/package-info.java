/**
 * The discussion feature on JPA: package-private entities for threads, posts, the members posts
 * mention, post revisions and reactions, mapped to the API's records at the boundary, and the port
 * implementations that query them. {@link org.copkit.jpa.discussion.DiscussionPorts} is the wiring
 * that {@code JpaStorage} uses; there is no API here.
 */
package org.copkit.jpa.discussion;
