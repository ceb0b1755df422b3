package org.copkit.api.shared;

/**
 * A person as the host's directory describes them.
 *
 * @param id their identifier
 * @param displayName the name to show
 * @param organisationalUnit their unit in the organisation, possibly empty
 * @param active whether they may still act (a person who left the organisation is inactive)
 * @param administrator whether they administer the whole platform
 */
public record Person(
    MemberId id,
    String displayName,
    String organisationalUnit,
    boolean active,
    boolean administrator) {

  /** Validates the fields. */
  public Person {
    Validation.required("id", id);
    displayName = Validation.name("displayName", displayName, 200);
    organisationalUnit = Validation.optionalName("organisationalUnit", organisationalUnit, 200);
  }

  /**
   * An active person who is not an administrator.
   *
   * @param id their identifier
   * @param displayName the name to show
   * @param organisationalUnit their unit
   * @return the person
   */
  public static Person active(MemberId id, String displayName, String organisationalUnit) {
    return new Person(id, displayName, organisationalUnit, true, false);
  }
}
