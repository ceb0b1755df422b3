package org.copkit.jpa;

import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.tck.community.MembershipConcurrencyContract;
import org.copkit.tck.learning.CalendarConcurrencyContract;
import org.copkit.tck.moderation.DecisionConcurrencyContract;
import org.junit.jupiter.api.Nested;

/**
 * The platform's rules under many concurrent threads, on the JPA storage of one database: the real
 * use cases, their retries on optimistic-locking conflicts, and the database's own isolation. A
 * subclass per database names its {@link MigratedStorage}.
 */
abstract class PlatformConcurrencySuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  /** @return a platform on the emptied storage, its events in the outbox (the storage's default publisher) */
  private CopPlatform platform(Directory directory) {
    return CopPlatform.builder().storage(database().emptyStorage()).directory(directory).build();
  }

  @Nested
  class Memberships extends MembershipConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(
          platform.lifecycle(), platform.joining(), platform.memberAdministration(), platform.communityQueries());
    }
  }

  @Nested
  class Decisions extends DecisionConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(
          platform.lifecycle(),
          platform.joining(),
          platform.memberAdministration(),
          platform.communityQueries(),
          platform.discussions(),
          platform.discussionQueries(),
          platform.moderation(),
          platform.moderationQueries(),
          platform.feed());
    }
  }

  @Nested
  class Knowledge extends org.copkit.tck.knowledge.KnowledgeConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.knowledgeBase(), platform.knowledgeCuration(),
          platform.knowledgeQueries());
    }
  }

  @Nested
  class Calendar extends CalendarConcurrencyContract {
    @Override
    protected UseCases useCases(Directory directory) {
      CopPlatform platform = platform(directory);
      return new UseCases(platform.lifecycle(), platform.learningCalendar(), platform.learningQueries());
    }
  }
}
