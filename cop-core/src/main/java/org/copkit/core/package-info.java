/**
 * The entry point, {@link org.copkit.core.CopPlatform}. Feature packages below hold the domain
 * logic (package-private); {@code org.copkit.core.memory} holds the in-memory adapter.
 */
package org.copkit.core;
