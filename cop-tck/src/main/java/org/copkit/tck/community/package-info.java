/**
 * The contracts of the community feature's storage ports ({@link
 * org.copkit.tck.community.CommunitiesContract}, {@link org.copkit.tck.community.MembershipsContract},
 * {@link org.copkit.tck.community.JoinRequestsContract}, {@link
 * org.copkit.tck.community.InvitationsContract}) and {@link
 * org.copkit.tck.community.CommunityFixtures}, builders of valid records for them and for adapters'
 * own tests.
 */
package org.copkit.tck.community;
