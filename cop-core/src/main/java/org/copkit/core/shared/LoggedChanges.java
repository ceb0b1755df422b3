package org.copkit.core.shared;

/**
 * How one topic of the change log reads and writes its bodies, for privacy: an export lists the
 * changes that name a member, and an erasure writes them again naming the pseudonym (found and
 * replaced through the decoded record's components, so a field added to a change is covered).
 * Wiring between features, never reaching hosts.
 */
public interface LoggedChanges {

  /** @return the topic whose bodies it reads */
  String topic();

  /**
   * @param body a body of the topic
   * @return the change it holds, a record
   * @throws IllegalArgumentException when the body is not one this version reads
   */
  Record decode(String body);

  /**
   * @param change a change {@link #decode} returned, possibly copied with other field values
   * @return its body
   */
  String encode(Record change);
}
