package org.copkit.example.addon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.feed.CopComponent;
import org.copkit.tck.addon.ActivityClassifierContract;
import org.junit.jupiter.api.Test;

/** The classifier passes the add-on test kit, with the items its rule is about, and classifies what it is for. */
class ProtocolClassifierContractTest extends ActivityClassifierContract {

  @Override
  protected ActivityClassifier classifier() {
    return new ProtocolClassifier();
  }

  /** The kit's items, and every type tagged with the protocol tag in another case. */
  @Override
  protected List<ClassifiedItem> items() {
    List<ClassifiedItem> items = new ArrayList<>(super.items());
    types().forEach(type -> items.add(new ClassifiedItem(type, COMMUNITY, "Protocol de mediació", Set.of("PROTOCOL"))));
    return items;
  }

  @Test
  void everyPostOfAProtocolThreadIsProductionAndTheRestIsLeftToTheNext() {
    for (ActivityType type : types()) {
      assertThat(classifier().classify(new ClassifiedItem(type, COMMUNITY, "Protocol de mediació", Set.of("protocol", "acta"))))
          .as("tagged protocol: %s", type).contains(CopComponent.PRODUCTION);
      assertThat(classifier().classify(new ClassifiedItem(type, COMMUNITY, "El protocol, sense etiqueta", Set.of("acta"))))
          .as("a title is not a tag: %s", type).isEqualTo(Optional.empty());
    }
  }
}
