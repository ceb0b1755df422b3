package org.copkit.example.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.Invite;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.ApiVersion;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryDirectory;
import org.junit.jupiter.api.Test;

/**
 * The add-on as a host meets it: on the class path, found by {@code ServiceLoader} through its
 * {@code META-INF/services}, with nothing registered by hand.
 */
class AddOnOnAPlatformTest {

  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId PAU = MemberId.of("pau");

  private final CopPlatform platform = CopPlatform.builder()
      .directory(InMemoryDirectory.of(Person.active(ANA, "Ana Puig", "Justícia"), Person.active(PAU, "Pau Vidal", "Justícia")))
      .clock(Clock.systemUTC())
      .build();
  private final Community community = platform.lifecycle().create(ANA,
      new CommunityDetails("Mediació penal", "Victim-offender mediation", "", Visibility.OPEN));

  @Test
  void isDiscoveredAndCounted() {
    assertThat(platform.addOnStats()).extracting(AddOnStats::name)
        .contains("iban-detector", "protocol-lift", "protocol-production");
  }

  @Test
  void holdsAnEModeratorsPostShowingAnIban() {
    PostOutcome outcome = platform.discussions().start(ANA,
        StartThread.discussion(community.id(), "Pagaments", "Ingresseu-ho a ES91 2100 0418 4502 0005 1332"));

    assertThat(outcome).isInstanceOfSatisfying(PostOutcome.Held.class,
        held -> assertThat(held.reason()).startsWith("iban-detector:"));
  }

  @Test
  void liftsProtocolsInTheFeed() {
    platform.joining().accept(PAU, platform.joining().invite(ANA, new Invite(community.id(), PAU, Tier.CORE, "")).id());
    platform.discussions().start(ANA, new StartThread(community.id(), ThreadKind.DISCUSSION, Audience.COMMUNITY,
        "Protocol de mediació", "El protocol revisat", Set.of(ProtocolSignal.TAG)));
    platform.discussions().start(ANA, StartThread.discussion(community.id(), "Cafè", "Dijous fem cafè"));

    List<FeedItem> items = platform.feed().feed(PAU, FeedQuery.first(10)).items();

    assertThat(items).hasSize(2);
    assertThat(platform.feed().explain(PAU, items.get(0).activity()).contributions())
        .anySatisfy(c -> {
          assertThat(c.signal()).isEqualTo("protocol-lift");
          assertThat(c.value()).isEqualTo(1.0);
        });
  }

  @Test
  void classifiesProtocolsAsProductionInTheFeedAndTheReport() {
    platform.joining().accept(PAU, platform.joining().invite(ANA, new Invite(community.id(), PAU, Tier.CORE, "")).id());
    Instant from = Instant.now().minus(Duration.ofHours(1));
    PostOutcome protocol = platform.discussions().start(ANA, new StartThread(community.id(), ThreadKind.DISCUSSION,
        Audience.COMMUNITY, "Protocol de mediació", "El protocol revisat", Set.of(ProtocolSignal.TAG)));
    platform.discussions().start(ANA, StartThread.discussion(community.id(), "Cafè", "Dijous fem cafè"));
    ActivityId protocolActivity = new ActivityId(((PostOutcome.Published) protocol).thread().id().value());

    assertThat(platform.feed().explain(PAU, protocolActivity).component()).isEqualTo(CopComponent.PRODUCTION);
    ComponentBalance balance = platform.participationReports()
        .community(ANA, community.id(), Window.between(from, Instant.now().plus(Duration.ofHours(1)))).components();
    assertThat(balance.count(CopComponent.PRODUCTION)).as("the protocol").isEqualTo(1);
    assertThat(balance.count(CopComponent.KNOW_HOW)).as("the coffee, by the built-in classifier").isEqualTo(1);
  }

  @Test
  void checksTheApiVersionItRunsOn() {
    assertThat(ApiVersion.supports("0.1")).isTrue();
    assertThat(ApiVersion.supports("99.0")).isFalse();
    assertThat(ApiVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
