package org.copkit.core.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The JSON Canonicalization Scheme (RFC 8785), as the {@code eddsa-jcs-2022} cryptosuite hashes a
 * credential and its proof: the JSON written compactly by Jackson, then canonicalized by the
 * reference implementation ({@code io.github.erdtman:java-json-canonicalization}) — members sorted by
 * their names' UTF-16 code units, no whitespace, strings escaped and numbers written as ECMAScript
 * does.
 */
final class Jcs {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Jcs() {}

  /**
   * @param node a JSON value
   * @return its canonical form
   */
  static String canonical(JsonNode node) {
    try {
      return new JsonCanonicalizer(JSON.writeValueAsString(node)).getEncodedString();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("no JSON text for " + node.getNodeType(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("not canonicalizable: " + e.getMessage(), e);
    }
  }
}
