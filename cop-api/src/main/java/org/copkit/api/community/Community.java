package org.copkit.api.community;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A community of practice.
 *
 * @param id its ID
 * @param name its name, 1 to {@value #MAX_NAME} characters
 * @param domain the shared concern of its members, 1 to {@value #MAX_DOMAIN} characters
 * @param purpose what it is for, up to {@value #MAX_PURPOSE} characters
 * @param visibility who can find it and how they get in
 * @param stage where it is in its life
 * @param createdBy who proposed it
 * @param createdAt when
 * @param lastActivityAt the last meaningful activity in it, to the minute: writes less than a minute
 *     after it leave it as it is (dormancy is computed from this)
 * @param version the optimistic-locking version, raised by storage on every change
 */
public record Community(
    CommunityId id,
    String name,
    String domain,
    String purpose,
    Visibility visibility,
    Stage stage,
    MemberId createdBy,
    Instant createdAt,
    Instant lastActivityAt,
    long version) {

  /** The longest name accepted. */
  public static final int MAX_NAME = 120;
  /** The longest domain accepted. */
  public static final int MAX_DOMAIN = 200;
  /** The longest purpose accepted. */
  public static final int MAX_PURPOSE = 2000;

  /** Validates the fields. */
  public Community {
    Validation.required("id", id);
    name = Validation.name("name", name, MAX_NAME);
    domain = Validation.name("domain", domain, MAX_DOMAIN);
    purpose = Validation.optionalText("purpose", purpose, MAX_PURPOSE);
    Validation.required("visibility", visibility);
    Validation.required("stage", stage);
    Validation.required("createdBy", createdBy);
    Validation.required("createdAt", createdAt);
    Validation.required("lastActivityAt", lastActivityAt);
    Validation.notNegative("version", version);
  }

  /**
   * @param next the new stage
   * @return a copy in another stage
   */
  public Community withStage(Stage next) {
    return new Community(
        id, name, domain, purpose, visibility, next, createdBy, createdAt, lastActivityAt, version);
  }

  /**
   * @param at the time of the activity
   * @return a copy whose last activity is {@code at}, or this one when {@code at} is not later
   */
  public Community withActivityAt(Instant at) {
    return at.isAfter(lastActivityAt)
        ? new Community(id, name, domain, purpose, visibility, stage, createdBy, createdAt, at, version)
        : this;
  }

  /**
   * @param details the new name, domain, purpose and visibility
   * @return a copy with those details
   */
  public Community withDetails(CommunityDetails details) {
    return new Community(
        id,
        details.name(),
        details.domain(),
        details.purpose(),
        details.visibility(),
        stage,
        createdBy,
        createdAt,
        lastActivityAt,
        version);
  }

  /** @return whether nothing in it may change any more */
  public boolean isReadOnly() {
    return stage == Stage.ARCHIVED;
  }
}
