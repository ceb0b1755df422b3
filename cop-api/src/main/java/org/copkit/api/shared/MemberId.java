package org.copkit.api.shared;

/**
 * A person as the host's directory knows them. CoPKit stores only this reference; names and
 * organisational units stay in the {@link Directory}.
 *
 * @param value the directory's identifier: 1 to 128 characters, no surrounding whitespace
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 128;

  /** Validates the identifier. */
  public MemberId {
    value = Validation.name("memberId", value, MAX_LENGTH);
  }

  /**
   * The identifier of a person.
   *
   * @param value the directory's identifier
   * @return the member ID
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
