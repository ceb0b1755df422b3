package org.copkit.api.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * What the platform keeps of a library document's file: its key in the {@link
 * org.copkit.api.knowledge.port.Documents} store and what describes its bytes (never the bytes).
 *
 * @param key where its bytes are
 * @param contentType its media type, such as {@code application/pdf}, in lower case
 * @param size its length in bytes
 * @param sha256 the SHA-256 digest of its bytes, 64 lower-case hexadecimal digits
 */
public record DocumentFile(DocumentKey key, String contentType, long size, String sha256) {

  /** The longest media type. */
  public static final int MAX_CONTENT_TYPE = 100;

  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Validates the fields. */
  public DocumentFile {
    Validation.required("key", key);
    contentType = contentType(contentType);
    Validation.notNegative("size", size);
    Validation.required("sha256", sha256);
    if (!SHA256.matcher(sha256).matches()) {
      throw new InvalidInputException("sha256", "must be 64 lower-case hexadecimal digits");
    }
  }

  /**
   * Checks a media type: {@code type/subtype} without parameters, compared in lower case.
   *
   * @param contentType the media type as given
   * @return it in lower case
   * @throws InvalidInputException naming {@code contentType} when it is not one
   */
  public static String contentType(String contentType) {
    Validation.required("contentType", contentType);
    String lower = contentType.strip().toLowerCase(Locale.ROOT);
    if (lower.length() > MAX_CONTENT_TYPE || !MEDIA_TYPE.matcher(lower).matches()) {
      throw new InvalidInputException("contentType", "must be a media type such as application/pdf, without parameters");
    }
    return lower;
  }
}
