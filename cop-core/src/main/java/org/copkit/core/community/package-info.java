/**
 * The community use cases: authorization from each actor's {@code Standing} (deny by default),
 * membership rules, lifecycle, audit and events. The public types here ({@link
 * org.copkit.core.community.CommunityAssembly}, {@code CommunityGate}, {@code Actor}, {@code
 * Standing}) are wiring for the other features; the module does not export them.
 */
package org.copkit.core.community;
