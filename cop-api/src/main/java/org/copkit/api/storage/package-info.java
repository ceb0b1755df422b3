/**
 * The storage aggregate, {@link org.copkit.api.storage.CopStorage}, which bundles every storage
 * port of every feature for the platform builder. It depends on the features; no feature depends
 * on it.
 */
package org.copkit.api.storage;
