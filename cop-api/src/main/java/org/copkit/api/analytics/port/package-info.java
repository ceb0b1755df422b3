/**
 * The outbound port of participation analytics: {@link org.copkit.api.analytics.port.Contributions}
 * counts members, contributions, CoP components and questions in the storage, for a {@link
 * org.copkit.api.analytics.port.Scope} and several windows at once. Adapters prove themselves with
 * {@code org.copkit.tck.analytics.ContributionsContract}.
 */
package org.copkit.api.analytics.port;
