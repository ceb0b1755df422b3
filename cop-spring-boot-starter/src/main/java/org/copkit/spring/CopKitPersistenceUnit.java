package org.copkit.spring;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import javax.sql.DataSource;

/**
 * CoPKit's own persistence unit ({@code copkit}, declared by cop-jpa-adapter) on the host's
 * DataSource. Kept out of the context as an {@link EntityManagerFactory} bean so that the host's own
 * JPA set-up (Spring Data repositories, {@code @PersistenceContext}) never picks it by mistake.
 */
final class CopKitPersistenceUnit implements AutoCloseable {

  private final EntityManagerFactory entityManagerFactory;

  CopKitPersistenceUnit(DataSource dataSource) {
    this.entityManagerFactory = Persistence.createEntityManagerFactory(
        "copkit", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
  }

  EntityManagerFactory entityManagerFactory() {
    return entityManagerFactory;
  }

  @Override
  public void close() {
    if (entityManagerFactory.isOpen()) {
      entityManagerFactory.close();
    }
  }
}
