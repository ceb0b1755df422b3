package org.copkit.core.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copkit.core.addon.AddOnScene.JORDI;
import static org.copkit.core.addon.AddOnScene.MARTA;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.AddOnContext;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.junit.jupiter.api.Test;

/**
 * Add-ons get what they need from the host when the platform is built: its directory, their own
 * configuration and the clock; a start that fails is refused or left out, as the host chose.
 */
class AddOnContextTest {

  /** Lifts, for each reader, the posts of people of the reader's own unit, by its configured lift. */
  private static final class SameUnitSignal implements RankingSignal {
    private final AtomicReference<AddOnContext> context = new AtomicReference<>();
    private final Map<MemberId, String> units = new HashMap<>();

    @Override
    public String name() {
      return "same-unit";
    }

    @Override
    public void start(AddOnContext given) {
      context.set(given);
    }

    @Override
    public MemberTerms memberTerms(MemberId reader) {
      AddOnContext host = context.get();
      double lift = Double.parseDouble(host.setting("lift", "1.0"));
      String unit = host.directory().find(reader).map(Person::organisationalUnit).orElse("");
      return unit.equals(host.directory().find(MARTA).map(Person::organisationalUnit).orElse(null))
          ? new MemberTerms(Map.of(MARTA, lift), Map.of())
          : MemberTerms.none();
    }
  }

  @Test
  void aSignalFindsTheHostsDirectoryItsConfigurationAndTheClock() {
    SameUnitSignal signal = new SameUnitSignal();
    AddOnScene scene = new AddOnScene(builder -> builder.rankingSignal(signal)
        .addOnConfiguration("same-unit", Map.of("lift", "2.5")));
    scene.start(MARTA, "Primer cas");

    FeedItem item = scene.platform.feed().feed(JORDI, FeedQuery.first(5)).items().get(0);

    assertThat(scene.platform.feed().explain(JORDI, item.activity()).contributions())
        .filteredOn(c -> c.signal().equals("same-unit")).singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo(2.5));
    assertThat(signal.context.get().name()).isEqualTo("same-unit");
    assertThat(signal.context.get().clock().instant()).isAfterOrEqualTo(AddOnScene.START)
        .isEqualTo(scene.clock.instant());
  }

  @Test
  void anAddOnWithoutConfigurationGetsAnEmptyOne() {
    SameUnitSignal signal = new SameUnitSignal();
    new AddOnScene(builder -> builder.rankingSignal(signal));

    assertThat(signal.context.get().configuration()).isEmpty();
    assertThat(signal.context.get().setting("lift", "1.0")).isEqualTo("1.0");
  }

  /** A signal whose start fails, as one missing its licence key would. */
  private static final class UnlicensedSignal implements RankingSignal {
    @Override
    public String name() {
      return "unlicensed";
    }

    @Override
    public void start(AddOnContext context) {
      throw new IllegalStateException("no licence key in the configuration");
    }
  }

  @Test
  void aStartThatFailsIsRefusedNamingTheClassOrLeftOut() {
    AddOnScene scene = new AddOnScene(builder -> builder);

    assertThatThrownBy(() -> scene.base().rankingSignal(new UnlicensedSignal()).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).as("the extension point").isEqualTo("ranking-signal");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no licence key in the configuration");
        })
        .hasMessageContaining(UnlicensedSignal.class.getName()).hasMessageContaining("no licence key");
    assertThat(scene.base().rankingSignal(new UnlicensedSignal()).brokenAddOns(BrokenAddOns.SKIP).build().addOnStats())
        .extracting(AddOnStats::name).doesNotContain("unlicensed");
  }

  @Test
  void aConfigurationForNoAddOnIsRefused() {
    AddOnScene scene = new AddOnScene(builder -> builder);

    assertThatThrownBy(() -> scene.base().addOnConfiguration("nobody", Map.of("lift", "2")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> scene.base().addOnConfiguration("Bad Name", Map.of()))
        .isInstanceOf(InvalidInputException.class);
  }
}
