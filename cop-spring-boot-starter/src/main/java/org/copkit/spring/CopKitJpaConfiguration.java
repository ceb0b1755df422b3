package org.copkit.spring;

import javax.sql.DataSource;
import org.copkit.api.storage.CopStorage;
import org.copkit.jpa.JpaStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JPA storage on the host's one DataSource, in CoPKit's own persistence unit. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "jakarta.persistence.Persistence")
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "copkit.jpa", name = "enabled", havingValue = "true", matchIfMissing = true)
class CopKitJpaConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
  @ConditionalOnProperty(prefix = "copkit.jpa", name = "migrate", havingValue = "true", matchIfMissing = true)
  CopKitSchemaMigration copKitSchemaMigration(DataSource dataSource) {
    return new CopKitSchemaMigration(dataSource);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(CopStorage.class)
  CopKitPersistenceUnit copKitPersistenceUnit(DataSource dataSource, ObjectProvider<CopKitSchemaMigration> schema) {
    schema.ifAvailable(migrated -> {}); // the tables first
    return new CopKitPersistenceUnit(dataSource);
  }

  @Bean
  @ConditionalOnMissingBean(CopStorage.class)
  JpaStorage copKitStorage(CopKitPersistenceUnit unit) {
    return JpaStorage.create(unit.entityManagerFactory());
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBean(JpaStorage.class)
  @ConditionalOnProperty(prefix = "copkit.jpa", name = "listen-for-changes", havingValue = "true", matchIfMissing = true)
  CopKitChangeListener copKitChangeListener(JpaStorage storage, DataSource dataSource) {
    return new CopKitChangeListener(storage, dataSource);
  }
}
