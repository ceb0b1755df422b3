/**
 * Communities of practice and their membership.
 *
 * <p>A {@link org.copkit.api.community.Community} has a domain, a purpose, a {@link
 * org.copkit.api.community.Visibility} and a {@link org.copkit.api.community.Stage}. People belong
 * through a {@link org.copkit.api.community.Membership} with a {@link
 * org.copkit.api.community.Tier} (the CORE working group, the PARTICIPANT periphery, OBSERVERs)
 * and {@link org.copkit.api.community.Role roles}.
 *
 * <p>Use cases: {@link org.copkit.api.community.CommunityLifecycle}, {@link
 * org.copkit.api.community.Joining}, {@link org.copkit.api.community.MemberAdministration} and
 * {@link org.copkit.api.community.CommunityQueries}. Outbound ports for storage adapters are in
 * {@link org.copkit.api.community.port}.
 */
package org.copkit.api.community;
