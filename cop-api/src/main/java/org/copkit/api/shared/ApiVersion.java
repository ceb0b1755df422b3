package org.copkit.api.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the CoPKit API a host runs, for add-ons that need to know what they run on. The
 * SPI packages ({@code org.copkit.api.*.spi}) keep their promise within a major version: methods
 * are added only with a default, nothing is removed or changes meaning. An add-on compiled against
 * {@code 1.4} checks at start that it runs on {@code 1.4} or later of the same major version:
 *
 * <pre>{@code
 * ApiVersion.require("1.4", "my-rule");
 * }</pre>
 *
 * <p>Every CoPKit jar also states its version in its manifest ({@code Implementation-Version}).
 */
public final class ApiVersion {

  private static final String CURRENT = read();

  private ApiVersion() {}

  /** @return the version of cop-api on the class or module path, such as {@code 0.1.0} */
  public static String current() {
    return CURRENT;
  }

  /**
   * @param required a version such as {@code 1.4} or {@code 1.4.2}
   * @return whether the running API has the same major version and is at least as recent
   * @throws InvalidInputException when {@code required} is not a version
   */
  public static boolean supports(String required) {
    int[] wanted = parse("required", required);
    int[] running = parse("current", CURRENT);
    if (wanted[0] != running[0]) {
      return false;
    }
    for (int i = 1; i < 3; i++) {
      if (running[i] != wanted[i]) {
        return running[i] > wanted[i];
      }
    }
    return true;
  }

  /**
   * Refuses to go on when the running API does not support what an add-on was built against.
   *
   * @param required the version the add-on needs, such as {@code 1.4}
   * @param addOn the add-on's name, for the message
   * @throws IllegalStateException when the running API is of another major version, or older
   */
  public static void require(String required, String addOn) {
    if (!supports(required)) {
      throw new IllegalStateException(addOn + " needs the CoPKit API " + required + " (same major version, or a later"
          + " minor one), but runs on " + CURRENT);
    }
  }

  private static int[] parse(String field, String version) {
    Validation.required(field, version);
    String numbers = version.split("-", 2)[0];
    String[] parts = numbers.split("\\.");
    if (parts.length < 1 || parts.length > 3) {
      throw new InvalidInputException(field, "must be a version such as 1.4 or 1.4.2, was '" + version + "'");
    }
    int[] parsed = new int[3];
    for (int i = 0; i < parts.length; i++) {
      try {
        parsed[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field, "must be a version such as 1.4 or 1.4.2, was '" + version + "'");
      }
    }
    return parsed;
  }

  private static String read() {
    try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
      if (in == null) {
        return "0.0.0";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "0.0.0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
