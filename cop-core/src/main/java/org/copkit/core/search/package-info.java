/**
 * Search: the {@code Search} use case, the documents it indexes, and the synchronisation that keeps
 * a node's {@code SearchIndex} a cache of the storage (rebuilt from it, kept current from the change
 * log). Wiring, not API.
 */
package org.copkit.core.search;
