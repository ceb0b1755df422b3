package org.copkit.core.privacy;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.shared.Directory;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.privacy.ErasureAcrossNodesContract;
import org.junit.jupiter.api.AfterEach;

/** An erasure on one node reaches the others, on the in-memory storage (its platforms are nodes). */
class InMemoryErasureAcrossNodesTest extends ErasureAcrossNodesContract {

  private InMemoryStorage storage;
  private final List<CopPlatform> nodes = new ArrayList<>();

  @Override
  protected Node node(Directory directory) {
    if (storage == null) {
      storage = InMemoryStorage.create();
    }
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory)
        .discoverModerationRules(false).build();
    nodes.add(platform);
    return node(platform);
  }

  static Node node(CopPlatform platform) {
    return new Node(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
        platform.feed(), platform.search(), platform.expertFinding(), platform.privacy(), platform::catchUp);
  }

  @AfterEach
  void close() {
    nodes.forEach(CopPlatform::close);
  }
}
