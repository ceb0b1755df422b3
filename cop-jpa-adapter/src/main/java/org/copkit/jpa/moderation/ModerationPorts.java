package org.copkit.jpa.moderation;

import java.util.List;
import java.util.Optional;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.moderation.port.ModerationPolicies;
import org.copkit.api.moderation.port.RuleSwitches;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.DomainEvent;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the moderation ports for {@code
 * JpaStorage}. Hosts use {@code JpaStorage}; nothing here is meant for them.
 */
public final class ModerationPorts {

  private ModerationPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(FlagRow.class, ReviewItemRow.class, MuteRow.class, ModerationPolicyRow.class, RuleSwitchRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return flags
   */
  public static Flags flags(JpaTransactions transactions) {
    return new JpaFlags(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return review queues
   */
  public static ReviewItems reviewItems(JpaTransactions transactions) {
    return new JpaReviewItems(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return mutes
   */
  public static Mutes mutes(JpaTransactions transactions) {
    return new JpaMutes(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return communities' own moderation settings
   */
  public static ModerationPolicies moderationPolicies(JpaTransactions transactions) {
    return new JpaModerationPolicies(transactions);
  }

  /**
   * The outbox scope of an event of this feature: the ID of its community.
   *
   * @param event any event
   * @return the community's ID as text for a {@link ModerationEvent}, otherwise empty
   */
  public static Optional<String> scopeOf(DomainEvent event) {
    return event instanceof ModerationEvent moderationEvent
        ? Optional.of(moderationEvent.community().toString())
        : Optional.empty();
  }

  /**
   * @param transactions the unit of work
   * @return communities' switches for moderation rules
   */
  public static RuleSwitches ruleSwitches(JpaTransactions transactions) {
    return new JpaRuleSwitches(transactions);
  }
}
