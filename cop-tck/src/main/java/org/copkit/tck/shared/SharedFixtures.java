package org.copkit.tck.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;

/**
 * Valid values for the shared types, for adapters' own tests as much as for the suites: instants
 * that every database keeps exactly, people, long texts and audit entries.
 *
 * <pre>{@code
 * AuditEntry entry = SharedFixtures.anAuditEntry().inScope("5f0c…").withActor(ana).build();
 * }</pre>
 */
public final class SharedFixtures {

  /**
   * A moment with microseconds, the finest precision that PostgreSQL, MariaDB and H2 keep. Every
   * instant the fixtures make is this one plus whole seconds, so a storage that keeps microseconds
   * gives back exactly what it was given.
   */
  public static final Instant T0 = Instant.parse("2026-03-02T08:15:30.123456Z");

  /** A Catalan text with accents and a middle dot, as the Compartim communities name themselves. */
  public static final String CATALAN = "Gestió del coneixement i l·lusió compartida";

  /** A Spanish text with accents and an eñe. */
  public static final String SPANISH = "Mediación y conciliación en la Administración de Justicia: año núm. 2";

  private static final String ACCENTED_LETTERS = "àéèíïòóúüçñÀÉÈÍÏÒÓÚÜÇÑ";

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  private SharedFixtures() {}

  /**
   * @param seconds how long after {@link #T0}
   * @return the instant, at microsecond precision
   */
  public static Instant secondsAfterT0(long seconds) {
    return T0.plus(Duration.ofSeconds(seconds));
  }

  /**
   * @param instant any instant
   * @return the instant cut to microseconds, the precision databases keep
   */
  public static Instant toMicros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** @return a new person, distinct from every other one the fixtures made */
  public static MemberId aPerson() {
    return MemberId.of("person-" + PEOPLE.incrementAndGet());
  }

  /**
   * A text of exactly {@code length} characters, every one of them a letter outside ASCII, so that
   * a column that counts bytes instead of characters is too short for it.
   *
   * @param length how many characters
   * @return the text
   */
  public static String textOfLength(int length) {
    return ACCENTED_LETTERS.repeat(length / ACCENTED_LETTERS.length() + 1).substring(0, length);
  }

  /** @return a builder of a valid audit entry, by nobody in particular, about nobody */
  public static AuditEntryBuilder anAuditEntry() {
    return new AuditEntryBuilder();
  }

  /** Builds {@link AuditEntry} values; every setter returns the builder. */
  public static final class AuditEntryBuilder {

    private Instant at = T0;
    private Optional<MemberId> actor = Optional.empty();
    private boolean asAdministrator;
    private String scope = "scope-1";
    private AuditAction action = AuditAction.MEMBER_REMOVED;
    private Optional<MemberId> subject = Optional.empty();
    private String detail = "";
    private String reason = "";

    private AuditEntryBuilder() {}

    /**
     * @param value when
     * @return this builder
     */
    public AuditEntryBuilder at(Instant value) {
      this.at = value;
      return this;
    }

    /**
     * @param value who acted
     * @return this builder
     */
    public AuditEntryBuilder withActor(MemberId value) {
      this.actor = Optional.of(value);
      return this;
    }

    /** @return this builder, with the actor acting as platform administrator */
    public AuditEntryBuilder asAdministrator() {
      this.asAdministrator = true;
      return this;
    }

    /**
     * @param value the scope
     * @return this builder
     */
    public AuditEntryBuilder inScope(String value) {
      this.scope = value;
      return this;
    }

    /**
     * @param value what was done
     * @return this builder
     */
    public AuditEntryBuilder withAction(AuditAction value) {
      this.action = value;
      return this;
    }

    /**
     * @param value to whom
     * @return this builder
     */
    public AuditEntryBuilder withSubject(MemberId value) {
      this.subject = Optional.of(value);
      return this;
    }

    /**
     * @param value what changed
     * @return this builder
     */
    public AuditEntryBuilder withDetail(String value) {
      this.detail = value;
      return this;
    }

    /**
     * @param value why
     * @return this builder
     */
    public AuditEntryBuilder withReason(String value) {
      this.reason = value;
      return this;
    }

    /** @return the entry */
    public AuditEntry build() {
      return new AuditEntry(at, actor, asAdministrator, scope, action, subject, detail, reason);
    }
  }
}
