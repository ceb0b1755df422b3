package org.copkit.core.portfolio;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;

/**
 * Expands a credential as JSON-LD with the contexts bundled in the test resources (no network),
 * failing on any term its contexts do not define.
 */
final class JsonLd {

  private static final Map<String, String> CONTEXTS = Map.of(
      "https://www.w3.org/ns/credentials/v2", "/org/copkit/standards/openbadges-3.0/credentials-v2.jsonld",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "/org/copkit/standards/openbadges-3.0/ob-v3p0-3.0.3.json",
      "https://w3id.org/security/data-integrity/v1", "/org/copkit/standards/openbadges-3.0/data-integrity-v1.jsonld",
      "https://w3id.org/security/data-integrity/v2", "/org/copkit/standards/openbadges-3.0/data-integrity-v1.jsonld");

  private static final DocumentLoader BUNDLED = (url, options) -> {
    String resource = CONTEXTS.get(url.toString());
    if (resource == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not bundled, and no network: " + url);
    }
    try (InputStream in = JsonLd.class.getResourceAsStream(resource)) {
      Document document = JsonDocument.of(in);
      document.setDocumentUrl(url);
      return document;
    } catch (java.io.IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
    }
  };

  private JsonLd() {}

  static JsonArray expand(String json) throws JsonLdError {
    JsonLdOptions options = new JsonLdOptions(BUNDLED);
    options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
    return com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(json))).options(options).get();
  }
}
