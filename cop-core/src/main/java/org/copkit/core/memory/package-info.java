/**
 * The in-memory adapter: {@link org.copkit.core.memory.InMemoryStorage} for every storage port,
 * {@link org.copkit.core.memory.InMemoryDirectory} for people and {@link
 * org.copkit.core.memory.InMemoryEventLog} for domain events. All thread-safe; all the platform's
 * defaults except the directory, which the host always chooses.
 */
package org.copkit.core.memory;
