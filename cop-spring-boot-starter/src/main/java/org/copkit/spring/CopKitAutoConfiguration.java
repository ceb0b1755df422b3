package org.copkit.spring;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.copkit.api.analytics.ParticipationReports;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.Feed;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.learning.Learning;
import org.copkit.api.learning.LearningCalendar;
import org.copkit.api.learning.LearningQueries;
import org.copkit.api.learning.LmsCompletions;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.search.Search;
import org.copkit.api.shared.Directory;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.jpa.JpaOutbox;
import org.copkit.jpa.JpaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * CoPKit in a Spring Boot application: a {@link CopPlatform} and its use cases as beans, on the
 * host's {@code DataSource} when there is one (CoPKit's own persistence unit, its tables migrated
 * by Flyway with their own history), the outbox relay and the watched change-log catch-up on a
 * scheduler, Micrometer meters and an actuator health indicator named {@code copkit}.
 *
 * <p>Every bean backs off when the host declares its own of the same type ({@code
 * ConditionalOnMissingBean}): a {@code CopStorage} (a {@link JpaStorage} on the host's own
 * EntityManagerFactory, for one), the {@code CopPlatform}, any use case, the {@link
 * OutboxDelivery}. The host must declare its {@link Directory}; without one the start-up fails
 * and says so. Further builder settings go in {@link CopPlatformCustomizer} beans; the {@code
 * copkit.*} properties are in {@link CopKitProperties}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(CopPlatform.class)
@Import({CopKitJpaConfiguration.class, CopKitRelayConfiguration.class, CopKitMetricsConfiguration.class,
    Boot3HealthConfiguration.class, Boot4HealthConfiguration.class})
@EnableConfigurationProperties(CopKitProperties.class)
public class CopKitAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CopKitAutoConfiguration.class);

  /** Creates the auto-configuration; Spring Boot does. */
  public CopKitAutoConfiguration() {}






  /**
   * Without a DataSource (or with {@code copkit.jpa.enabled=false}): everything in memory, lost at
   * restart. Fine for a demo or a test, not for production.
   */
  @Bean
  @ConditionalOnMissingBean(CopStorage.class)
  InMemoryStorage copKitInMemoryStorage() {
    LOG.warn("CoPKit keeps its data in memory (no single DataSource, or copkit.jpa.enabled=false):"
        + " everything is lost at restart, and several nodes do not share it");
    return InMemoryStorage.create();
  }

  /**
   * The platform.
   *
   * @param properties the {@code copkit.*} settings
   * @param directory the host's directory of people, required
   * @param storage the storage
   * @param customizers the host's adjustments
   * @return the platform, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  CopPlatform copPlatform(CopKitProperties properties, ObjectProvider<Directory> directory,
      ObjectProvider<CopStorage> storage, ObjectProvider<CopPlatformCustomizer> customizers) {
    Directory people = directory.getIfAvailable();
    if (people == null) {
      throw new MissingDirectoryException();
    }
    CopPlatform.Builder builder = CopPlatform.builder()
        .directory(people)
        .storage(storage.getObject())
        .autoActivate(properties.isAutoActivate())
        .dormancyAfter(properties.getDormancyAfter())
        .feedCatchUpInterval(properties.getFeed().getCatchUpInterval())
        .seenLimit(properties.getFeed().getSeenLimit());
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  CopKitMonitor copKitMonitor(CopPlatform platform, ObjectProvider<CopStorage> storage) {
    CopStorage store = storage.getIfUnique();
    Optional<JpaOutbox> outbox = store instanceof JpaStorage jpa ? Optional.of(jpa.outbox()) : Optional.empty();
    return new CopKitMonitor(platform, Optional.ofNullable(store), outbox, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnMissingBean
  CopKitScheduler copKitScheduler(CopKitMonitor monitor, CopKitProperties properties,
      ObjectProvider<OutboxRelayTask> relay) {
    return new CopKitScheduler(monitor, properties, Optional.ofNullable(relay.getIfAvailable()));
  }

  @Bean
  @ConditionalOnMissingBean
  CommunityLifecycle copKitCommunityLifecycle(CopPlatform platform) {
    return platform.lifecycle();
  }

  @Bean
  @ConditionalOnMissingBean
  Joining copKitJoining(CopPlatform platform) {
    return platform.joining();
  }

  @Bean
  @ConditionalOnMissingBean
  MemberAdministration copKitMemberAdministration(CopPlatform platform) {
    return platform.memberAdministration();
  }

  @Bean
  @ConditionalOnMissingBean
  CommunityQueries copKitCommunityQueries(CopPlatform platform) {
    return platform.communityQueries();
  }

  @Bean
  @ConditionalOnMissingBean
  Discussions copKitDiscussions(CopPlatform platform) {
    return platform.discussions();
  }

  @Bean
  @ConditionalOnMissingBean
  DiscussionQueries copKitDiscussionQueries(CopPlatform platform) {
    return platform.discussionQueries();
  }

  @Bean
  @ConditionalOnMissingBean
  Moderation copKitModeration(CopPlatform platform) {
    return platform.moderation();
  }

  @Bean
  @ConditionalOnMissingBean
  ModerationQueries copKitModerationQueries(CopPlatform platform) {
    return platform.moderationQueries();
  }

  @Bean
  @ConditionalOnMissingBean
  Feed copKitFeed(CopPlatform platform) {
    return platform.feed();
  }

  @Bean
  @ConditionalOnMissingBean
  ActivityPublishing copKitActivityPublishing(CopPlatform platform) {
    return platform.activities();
  }

  @Bean
  @ConditionalOnMissingBean
  ParticipationReports copKitParticipationReports(CopPlatform platform) {
    return platform.participationReports();
  }

  @Bean
  @ConditionalOnMissingBean
  KnowledgeBase copKitKnowledgeBase(CopPlatform platform) {
    return platform.knowledgeBase();
  }

  @Bean
  @ConditionalOnMissingBean
  KnowledgeQueries copKitKnowledgeQueries(CopPlatform platform) {
    return platform.knowledgeQueries();
  }

  @Bean
  @ConditionalOnMissingBean
  KnowledgeCuration copKitKnowledgeCuration(CopPlatform platform) {
    return platform.knowledgeCuration();
  }

  @Bean
  @ConditionalOnMissingBean
  org.copkit.api.knowledge.KnowledgeFeedback copKitKnowledgeFeedback(CopPlatform platform) {
    return platform.knowledgeFeedback();
  }

  @Bean
  @ConditionalOnMissingBean
  org.copkit.api.knowledge.Library copKitLibrary(CopPlatform platform) {
    return platform.library();
  }

  @Bean
  @ConditionalOnMissingBean
  Search copKitSearch(CopPlatform platform) {
    return platform.search();
  }

  @Bean
  @ConditionalOnMissingBean
  Learning copKitLearning(CopPlatform platform) {
    return platform.learning();
  }

  @Bean
  @ConditionalOnMissingBean
  LearningCalendar copKitLearningCalendar(CopPlatform platform) {
    return platform.learningCalendar();
  }

  @Bean
  @ConditionalOnMissingBean
  LearningQueries copKitLearningQueries(CopPlatform platform) {
    return platform.learningQueries();
  }

  @Bean
  @ConditionalOnMissingBean
  LmsCompletions copKitLmsCompletions(CopPlatform platform) {
    return platform.lmsCompletions();
  }
}
