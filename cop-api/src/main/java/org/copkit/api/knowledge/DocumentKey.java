package org.copkit.api.knowledge;

import java.util.regex.Pattern;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Names the bytes of one library document in the {@link org.copkit.api.knowledge.port.Documents}
 * store: 1 to {@value #MAX_LENGTH} ASCII letters, digits, {@code -}, {@code _} and {@code .}, not
 * starting with a dot. It holds no separator and no {@code ..}, so a store that maps it to a file
 * name can never leave its directory.
 *
 * @param value the key
 */
public record DocumentKey(String value) {

  /** The longest key. */
  public static final int MAX_LENGTH = 120;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

  /** Validates the key. */
  public DocumentKey {
    Validation.required("documentKey", value);
    if (!KEY.matcher(value).matches() || value.contains("..")) {
      throw new InvalidInputException("documentKey", "must be 1 to " + MAX_LENGTH
          + " ASCII letters, digits, '-', '_' or '.', not starting with '.' and without '..'");
    }
  }

  /**
   * @param item a knowledge item
   * @param revision the number of its revision
   * @return the key of the file of that revision: {@code ITEM-rREVISION}
   */
  public static DocumentKey of(KnowledgeItemId item, int revision) {
    Validation.required("item", item);
    return new DocumentKey(item + "-r" + revision);
  }

  @Override
  public String toString() {
    return value;
  }
}
