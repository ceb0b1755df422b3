package org.copkit.example.addon;

import java.util.Optional;
import org.copkit.api.analytics.spi.ActivityClassifier;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.feed.CopComponent;

/**
 * A vendor's activity classifier: the department's protocols are what its communities produce, so
 * every post of a thread tagged {@value ProtocolSignal#TAG} (the opening post and its replies, in any
 * kind of thread) is PRODUCTION. It has nothing to say of the rest, which the next classifier (in
 * the end the built-in one) decides. A pure function of the item: thread-safe, and far within the
 * time budget.
 */
public final class ProtocolClassifier implements ActivityClassifier {

  @Override
  public String name() {
    return "protocol-production";
  }

  @Override
  public Optional<CopComponent> classify(ClassifiedItem item) {
    return item.isTagged(ProtocolSignal.TAG) ? Optional.of(CopComponent.PRODUCTION) : Optional.empty();
  }
}
