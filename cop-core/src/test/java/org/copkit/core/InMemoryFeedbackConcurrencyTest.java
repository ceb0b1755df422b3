package org.copkit.core;

import java.util.List;
import org.copkit.api.shared.Directory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.knowledge.FeedbackConcurrencyContract;

/** Feedback and reach under concurrent threads, two platforms on one in-memory storage. */
class InMemoryFeedbackConcurrencyTest extends FeedbackConcurrencyContract {

  @Override
  protected List<UseCases> nodes(Directory directory) {
    InMemoryStorage storage = InMemoryStorage.create();
    return List.of(node(storage, directory), node(storage, directory));
  }

  private static UseCases node(InMemoryStorage storage, Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(storage).directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(), platform.knowledgeFeedback());
  }
}
