/**
 * The community use cases: authorization from each actor's {@code Standing} (deny by default),
 * membership rules, lifecycle, audit and events. Everything here is package-private except the
 * wiring record {@link org.copkit.core.community.CommunityAssembly}.
 */
package org.copkit.core.community;
