package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A file attached to a library document: the revision it came with, its name, and what the {@link
 * org.copkit.api.knowledge.port.Documents} store keeps of its bytes. The item's file at a revision is
 * the one attached at that revision or, failing one, the latest attached before it.
 *
 * @param item the library document
 * @param revision the number of the revision that attached it
 * @param name the file's name as uploaded, such as {@code guia-mediació.pdf}
 * @param file its key in the store, media type, size and digest
 * @param by who attached it
 * @param at when
 */
public record AttachedFile(KnowledgeItemId item, int revision, String name, DocumentFile file, MemberId by, Instant at) {

  /** The longest file name. */
  public static final int MAX_NAME = 255;

  /** Validates the fields. */
  public AttachedFile {
    Validation.required("item", item);
    if (revision < 1) {
      throw new InvalidInputException("revision", "must be at least 1");
    }
    name = name(name);
    Validation.required("file", file);
    Validation.required("by", by);
    Validation.required("at", at);
  }

  /**
   * Checks a file name: 1 to {@value #MAX_NAME} characters, none of them a path separator or a
   * control character, and not {@code .} or {@code ..}.
   *
   * @param name the name as given
   * @return it, stripped of surrounding whitespace
   * @throws InvalidInputException naming {@code name} when it is not one
   */
  public static String name(String name) {
    String checked = Validation.name("name", name, MAX_NAME);
    if (checked.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))
        || checked.equals(".") || checked.equals("..")) {
      throw new InvalidInputException("name", "must be a file name without path separators or control characters");
    }
    return checked;
  }
}
