package org.copkit.api.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Where a knowledge item came from and whom it credits, fixed when it is created.
 *
 * @param source the thread and posts it was promoted from, if it was
 * @param coAuthors the people credited as its authors besides its creator, in order of their first
 *     contribution, each once, at most {@value #MAX_CO_AUTHORS}
 */
public record Provenance(Optional<KnowledgeSource> source, List<MemberId> coAuthors) {

  /** The most co-authors credited. */
  public static final int MAX_CO_AUTHORS = 100;

  /** Nothing: an item written directly, crediting nobody else. */
  public static final Provenance NONE = new Provenance(Optional.empty(), List.of());

  /** Validates and copies the fields. */
  public Provenance {
    Validation.required("source", source);
    Validation.noNulls("coAuthors", coAuthors);
    if (coAuthors.size() > MAX_CO_AUTHORS) {
      throw new InvalidInputException("coAuthors", "must hold at most " + MAX_CO_AUTHORS + " people");
    }
    if (new LinkedHashSet<>(coAuthors).size() != coAuthors.size()) {
      throw new InvalidInputException("coAuthors", "must name each person once");
    }
    coAuthors = List.copyOf(coAuthors);
  }
}
