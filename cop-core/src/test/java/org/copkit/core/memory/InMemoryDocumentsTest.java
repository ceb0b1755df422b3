package org.copkit.core.memory;

import org.copkit.api.knowledge.port.Documents;
import org.copkit.tck.knowledge.DocumentsContract;

/** {@link InMemoryDocuments} against {@link DocumentsContract}. */
class InMemoryDocumentsTest extends DocumentsContract {

  @Override
  protected Documents documents() {
    return InMemoryDocuments.withMaxSize(LIMIT);
  }
}
