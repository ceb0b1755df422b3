/**
 * Participation analytics on JPA: {@code Contributions} answered with aggregate JPQL queries over
 * the discussion and community tables (GROUP BY and COUNT in the database, one set of queries per
 * window), so that a report never loads the posts themselves. It owns no entity.
 * {@link org.copkit.jpa.analytics.AnalyticsPorts} is the wiring that {@code JpaStorage} uses; there
 * is no API here.
 */
package org.copkit.jpa.analytics;
