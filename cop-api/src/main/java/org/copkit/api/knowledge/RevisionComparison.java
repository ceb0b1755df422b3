package org.copkit.api.knowledge;

import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * What changed from one revision of a knowledge item to another, field by field.
 *
 * @param from the earlier revision
 * @param to the later revision
 * @param titleChanged whether the titles differ
 * @param bodyChanged whether the Markdown bodies differ
 * @param linkChanged whether the links differ
 * @param tagsAdded tags in {@code to} only
 * @param tagsRemoved tags in {@code from} only
 * @param competencesAdded competence IDs in {@code to} only
 * @param competencesRemoved competence IDs in {@code from} only
 */
public record RevisionComparison(KnowledgeRevision from, KnowledgeRevision to, boolean titleChanged, boolean bodyChanged,
    boolean linkChanged, Set<String> tagsAdded, Set<String> tagsRemoved, Set<String> competencesAdded,
    Set<String> competencesRemoved) {

  /** Validates the fields and copies the sets. */
  public RevisionComparison {
    Validation.required("from", from);
    Validation.required("to", to);
    if (!from.item().equals(to.item())) {
      throw new InvalidInputException("to", "must be a revision of the same item");
    }
    tagsAdded = Set.copyOf(tagsAdded);
    tagsRemoved = Set.copyOf(tagsRemoved);
    competencesAdded = Set.copyOf(competencesAdded);
    competencesRemoved = Set.copyOf(competencesRemoved);
  }

  /**
   * @param from a revision
   * @param to another revision of the same item
   * @return what changed from {@code from} to {@code to}
   */
  public static RevisionComparison of(KnowledgeRevision from, KnowledgeRevision to) {
    Validation.required("from", from);
    Validation.required("to", to);
    KnowledgeContent a = from.content();
    KnowledgeContent b = to.content();
    return new RevisionComparison(from, to, !a.title().equals(b.title()), !a.body().equals(b.body()),
        !a.link().equals(b.link()), minus(b.tags(), a.tags()), minus(a.tags(), b.tags()),
        minus(b.competences(), a.competences()), minus(a.competences(), b.competences()));
  }

  /** @return whether nothing of the content differs */
  public boolean unchanged() {
    return !titleChanged && !bodyChanged && !linkChanged && tagsAdded.isEmpty() && tagsRemoved.isEmpty()
        && competencesAdded.isEmpty() && competencesRemoved.isEmpty();
  }

  private static Set<String> minus(Set<String> left, Set<String> right) {
    Set<String> rest = new TreeSet<>(left);
    rest.removeAll(right);
    return rest;
  }
}
