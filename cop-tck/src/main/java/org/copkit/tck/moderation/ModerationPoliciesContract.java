package org.copkit.tck.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.tck.moderation.ModerationFixtures.aPolicy;

import java.time.Duration;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.port.ModerationPolicies;
import org.copkit.api.moderation.port.ModerationStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ModerationPolicies}: a community has no settings of its own until some are
 * put, then exactly the last ones put, every field as given, whatever other communities have.
 */
public abstract class ModerationPoliciesContract extends ModerationStorageContract {

  private final CommunityId community = CommunityId.random();
  private ModerationPolicies policies;

  /** For subclasses. */
  protected ModerationPoliciesContract() {}

  @BeforeEach
  final void openPorts() {
    policies = eachCallInATransaction(ModerationPolicies.class, ModerationStorage::moderationPolicies);
  }

  @Nested
  class PutAndFind {

    @Test
    void findsNothingForACommunityWithoutSettingsOfItsOwn() {
      policies.put(CommunityId.random(), ModerationPolicy.DEFAULT);

      assertThat(policies.find(community)).isEmpty();
    }

    @Test
    void findsTheSettingsWithEveryFieldAsPut() {
      ModerationPolicy policy =
          aPolicy()
              .preModerating(0)
              .hidingAt(2.75)
              .withNewcomers(Duration.ofDays(7).plusMinutes(30), 1, 5, 0)
              .allowingFlagsPerDay(100)
              .build();

      policies.put(community, policy);

      assertThat(policies.find(community)).contains(policy);
    }

    @Test
    void keepsTheDefaultsAndTheLimitsAccepted() {
      ModerationPolicy limits =
          aPolicy()
              .preModerating(1000)
              .hidingAt(1000)
              .withNewcomers(Duration.ofDays(365), 100_000, 100_000, 1000)
              .allowingFlagsPerDay(100_000)
              .build();
      CommunityId other = CommunityId.random();

      policies.put(community, ModerationPolicy.DEFAULT);
      policies.put(other, limits);

      assertThat(policies.find(community)).contains(ModerationPolicy.DEFAULT);
      assertThat(policies.find(other)).contains(limits);
    }

    @Test
    void replacesTheSettingsTheCommunityHad() {
      ModerationPolicy strict = aPolicy().preModerating(5).build();
      policies.put(community, ModerationPolicy.DEFAULT);

      policies.put(community, strict);

      assertThat(policies.find(community)).contains(strict);
    }

    @Test
    void keepsEachCommunitysOwn() {
      CommunityId other = CommunityId.random();
      ModerationPolicy lenient = aPolicy().preModerating(0).build();
      ModerationPolicy strict = aPolicy().preModerating(5).build();

      policies.put(community, lenient);
      policies.put(other, strict);
      policies.put(other, aPolicy().preModerating(3).build());

      assertThat(policies.find(community)).contains(lenient);
    }
  }

  @Nested
  class Rollback {

    @Test
    void keepsNoWriteWhenTheWorkThrows() {
      CommunityId other = CommunityId.random();
      policies.put(community, ModerationPolicy.DEFAULT);
      IllegalStateException failure = new IllegalStateException("the use case failed after writing");

      assertThatThrownBy(
              () ->
                  inTransaction(
                      storage -> {
                        storage.moderationPolicies().put(community, aPolicy().preModerating(9).build());
                        storage.moderationPolicies().put(other, aPolicy().preModerating(9).build());
                        throw failure;
                      }))
          .isSameAs(failure);

      assertThat(policies.find(community)).contains(ModerationPolicy.DEFAULT);
      assertThat(policies.find(other)).isEmpty();
    }
  }
}
