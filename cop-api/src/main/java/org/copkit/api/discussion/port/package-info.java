/**
 * Outbound ports for storing threads, posts (with their revisions) and reactions. Adapters prove
 * themselves with the contract suites in {@code org.copkit.tck.discussion}.
 */
package org.copkit.api.discussion.port;
