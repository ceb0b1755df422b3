/**
 * CoPKit's public API, JDK only: the use cases hosts call, the records and outcomes they exchange,
 * the outbound ports storage adapters implement ({@code ..port}), the extension points vendors
 * provide ({@code ..spi}), and the {@code CopException} hierarchy. Every package is exported.
 */
module org.copkit.api {
  exports org.copkit.api.analytics;
  exports org.copkit.api.analytics.port;
  exports org.copkit.api.analytics.spi;
  exports org.copkit.api.community;
  exports org.copkit.api.community.port;
  exports org.copkit.api.competence;
  exports org.copkit.api.competence.port;
  exports org.copkit.api.competence.spi;
  exports org.copkit.api.discussion;
  exports org.copkit.api.discussion.port;
  exports org.copkit.api.expertise;
  exports org.copkit.api.feed;
  exports org.copkit.api.feed.spi;
  exports org.copkit.api.knowledge;
  exports org.copkit.api.knowledge.port;
  exports org.copkit.api.search;
  exports org.copkit.api.search.port;
  exports org.copkit.api.learning;
  exports org.copkit.api.learning.port;
  exports org.copkit.api.moderation;
  exports org.copkit.api.portfolio;
  exports org.copkit.api.privacy;
  exports org.copkit.api.privacy.port;
  exports org.copkit.api.portfolio.port;
  exports org.copkit.api.moderation.port;
  exports org.copkit.api.moderation.spi;
  exports org.copkit.api.notification;
  exports org.copkit.api.notification.port;
  exports org.copkit.api.shared;
  exports org.copkit.api.storage;
}
