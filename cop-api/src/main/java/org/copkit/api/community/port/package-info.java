/**
 * Outbound ports for storing communities, memberships, join requests and invitations. Storage
 * adapters implement them and prove it with the contract suites in {@code
 * org.copkit.tck.community}.
 */
package org.copkit.api.community.port;
