package org.copkit.api.privacy.port;

import java.util.Map;

/**
 * Where a {@link PersonalData} writes its records during an export, one at a time: the platform
 * writes each to the export document as it comes, so nothing accumulates in memory.
 *
 * <p>A record is a flat map from field names to values. Values may be {@code null}, {@link
 * String}, {@link Boolean}, {@link Number}, {@link java.time.Instant}, an enum, an {@link
 * java.util.Optional} of one of these, a collection of them, or any other object, written as its
 * {@code toString()} (typed IDs).
 */
@FunctionalInterface
public interface PersonalRecords {

  /**
   * Writes one record.
   *
   * @param kind what it is, such as {@code "post"}: lower case letters, digits and hyphens; the
   *     records of one kind are grouped in the export in the order they were written, and the
   *     records of one kind must be written together
   * @param fields its fields, in the order to write them
   */
  void record(String kind, Map<String, ?> fields);
}
