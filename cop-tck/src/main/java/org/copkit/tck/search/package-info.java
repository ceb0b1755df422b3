/**
 * Contract suites of search: the {@code SearchSources} storage port, the {@code SearchIndex} port
 * (for index adapters), and the permission matrix that runs the real use cases on a platform.
 */
package org.copkit.tck.search;
