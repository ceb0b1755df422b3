package org.copkit.core.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published schemas, shipped in the test resources under {@code org/copkit/standards/}: 1EdTech's
 * Open Badges 3.0 AchievementCredential JSON Schema (draft 2019-09) and an xAPI statement schema
 * (draft-04), checked with a real validator offline.
 */
final class Standards {

  private static final Schema OPEN_BADGES = schema(SpecificationVersion.DRAFT_2019_09,
      "/org/copkit/standards/openbadges-3.0/ob_v3p0_achievementcredential_schema.json");
  private static final Schema XAPI = schema(SpecificationVersion.DRAFT_4, "/org/copkit/standards/xapi-1.0/statement.json");
  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Standards() {}

  static List<String> openBadgesErrors(JsonNode credential) {
    return errors(OPEN_BADGES, credential);
  }

  static List<String> xapiErrors(JsonNode statement) {
    return errors(XAPI, statement);
  }

  private static List<String> errors(Schema schema, JsonNode node) {
    return schema.validate(node.toString(), InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema schema(SpecificationVersion version, String resource) {
    try (InputStream in = Standards.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return SchemaRegistry.withDefaultDialect(version).getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes multibase base58-btc ({@code z…}). */
  static byte[] base58btc(String multibase) {
    BigInteger value = BigInteger.ZERO;
    String text = multibase.substring(1);
    for (char c : text.toCharArray()) {
      value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(ALPHABET.indexOf(c)));
    }
    byte[] bytes = value.toByteArray();
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + bytes.length - skip];
    System.arraycopy(bytes, skip, out, zeros, bytes.length - skip);
    return out;
  }
}
