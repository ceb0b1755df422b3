package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Visibility;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A platform on the JPA storage that is given no event publisher takes the storage's outbox: its
 * events are written in the transaction of the change, and roll back with it.
 */
class H2PlatformDefaultsTest {

  @RegisterExtension static final MigratedStorage DATABASE = new MigratedStorage(TestDatabase.H2);

  private static final MemberId ANA = MemberId.of("ana");

  private final JpaStorage storage = DATABASE.emptyStorage();
  private final CopPlatform platform = CopPlatform.builder()
      .storage(storage)
      .directory(InMemoryDirectory.of(Person.active(ANA, "Ana Puig", "Mediació")))
      .build();

  @Test
  void eventsGoToTheOutboxWithTheChange() {
    Community community = platform.lifecycle().create(ANA, details());

    assertThat(storage.outbox().fetchUnpublished(10))
        .extracting(OutboxMessage::eventType)
        .contains("CommunityCreated", "MemberJoined");
    assertThat(storage.outbox().fetchUnpublished(10))
        .allSatisfy(message -> assertThat(message.scope()).contains(community.id().toString()));
  }

  @Test
  void eventsRollBackWithTheTransactionThatRaisedThem() {
    AtomicReference<Community> founded = new AtomicReference<>();
    assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
      founded.set(platform.lifecycle().create(ANA, details()));
      throw new IllegalStateException("the host's own work fails after the community was founded");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(storage.outbox().fetchUnpublished(10)).isEmpty();
    assertThat(storage.transactions().inTransaction(() -> storage.communities().find(founded.get().id()))).isEmpty();
  }

  private static CommunityDetails details() {
    return new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN);
  }
}
