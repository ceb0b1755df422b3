package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.tck.privacy.CapabilityPrivacyContract;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base, production, learning, competence and portfolio capabilities' privacy in
 * memory, and their export against the documented schema.
 */
class InMemoryCapabilityPrivacyTest extends CapabilityPrivacyContract {

  @Override
  protected UseCases platform(Directory directory) {
    CopPlatform platform = CopPlatform.builder().storage(InMemoryStorage.create()).directory(directory)
        .discoverModerationRules(false).build();
    return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(),
        platform.knowledgeFeedback(), platform.library(), platform.production(), platform.learning(),
        platform.lmsCompletions(), platform.learningCalendar(), platform.competenceAssessment(),
        platform.portfolios(), platform.privacy());
  }

  @Test
  void theExportIsValidAgainstTheDocumentedSchema() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    useCases().privacy().export(MemberId.of("laia"), MemberId.of("laia"), out);

    assertThat(ExportDocumentTest.SCHEMA.validate(out.toString(StandardCharsets.UTF_8), InputFormat.JSON).stream()
        .map(Error::toString).toList()).isEmpty();
  }
}
