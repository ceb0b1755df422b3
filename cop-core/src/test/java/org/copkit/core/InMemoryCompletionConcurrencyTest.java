package org.copkit.core;

import org.copkit.api.shared.Directory;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.learning.CompletionConcurrencyContract;

/** Completions recorded by members and an LMS at once, on the in-memory storage. */
class InMemoryCompletionConcurrencyTest extends CompletionConcurrencyContract {

  @Override
  protected UseCases useCases(Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory).build();
    return new UseCases(platform.lifecycle(), platform.learning(), platform.lmsCompletions(), platform.learningQueries());
  }
}
