/**
 * The community feature on JPA: package-private entities for communities, stage changes,
 * memberships, join requests and invitations, mapped to the API's records at the boundary, and
 * the port implementations that query them. {@link org.copkit.jpa.community.CommunityStorage} is
 * the wiring that {@code JpaStorage} uses; there is no API here.
 */
package org.copkit.jpa.community;
