package org.copkit.examples;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.copkit.jpa.CopSchema;
import org.copkit.jpa.JpaStorage;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The quick start: CoPKit on the JPA adapter and an embedded H2 database. Run it with {@code mvn -q
 * -pl cop-examples -am -DskipTests -Dcopkit.quick package exec:java}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start and then the Compartim story, printing what happens.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate logs through SLF4J, at WARN
    JdbcConnectionPool dataSource = JdbcConnectionPool.create("jdbc:h2:mem:copkit;DB_CLOSE_DELAY=-1", "sa", "");
    EntityManagerFactory entityManagerFactory = null;
    try {
      entityManagerFactory = Persistence.createEntityManagerFactory("copkit",
          Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
      run(dataSource, entityManagerFactory, CompartimStory.directory());
    } finally {
      if (entityManagerFactory != null) {
        entityManagerFactory.close();
      }
      dataSource.dispose();
    }
  }

  static void run(javax.sql.DataSource dataSource, EntityManagerFactory entityManagerFactory, Directory directory) {
    MemberId jordi = CompartimStory.JORDI;
    MemberId laia = CompartimStory.LAIA;
    // tag::quickstart[]
    CopSchema.migrate(dataSource);                        // CoPKit's tables, with their own Flyway history
    JpaStorage storage = JpaStorage.create(entityManagerFactory);

    CopPlatform platform = CopPlatform.builder()
        .directory(directory)                             // who people are: your LDAP or HR system
        .storage(storage)                                 // default: in memory; its events go to its outbox
        .build();

    Community cop = platform.lifecycle().create(jordi, new CommunityDetails(
        "Mediació penal", "Victim-offender mediation", "Share cases and good practices", Visibility.CLOSED));
    JoinOutcome outcome = platform.joining().join(laia, cop.id(), "I would like to take part");
    if (outcome instanceof JoinOutcome.Requested requested) {
      Membership laiaJoined = platform.joining().approve(jordi, new ApproveRequest(requested.request().id(), Tier.PARTICIPANT));
      System.out.println(laiaJoined.member() + " joined «" + cop.name() + "» as " + laiaJoined.tier());
    }
    // end::quickstart[]

    System.out.println();
    System.out.println("The Compartim story, on the same database:");
    CopPlatform strict = CopPlatform.builder().directory(directory).storage(storage).autoActivate(false).build();
    new CompartimStory(strict, line -> System.out.println("  " + line)).tell();
    System.out.println();
    System.out.println(storage.outbox().fetchUnpublished(1000).size() + " domain events wait in the outbox for the host's relay.");
  }
}
