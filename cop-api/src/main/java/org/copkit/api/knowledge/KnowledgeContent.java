package org.copkit.api.knowledge;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * What one revision of a knowledge item says.
 *
 * @param title its title, 1 to {@value #MAX_TITLE} characters
 * @param body its Markdown source, 1 to {@value #MAX_BODY} characters (rendered and sanitized as
 *     posts are)
 * @param link empty, or an absolute http or https URL of at most {@value #MAX_LINK} characters
 *     (required for a {@link KnowledgeKind#LIBRARY_DOCUMENT} that has no file)
 * @param tags at most {@value #MAX_TAGS} tags, kept in their {@link Tags} normal form
 * @param competences at most {@value #MAX_COMPETENCES} competence IDs it refers to (such as a
 *     DigComp reference), each 1 to {@value #MAX_COMPETENCE_LENGTH} characters without whitespace,
 *     compared as exact text
 */
public record KnowledgeContent(String title, String body, String link, Set<String> tags, Set<String> competences) {

  /** The longest title. */
  public static final int MAX_TITLE = 200;
  /** The longest Markdown body. */
  public static final int MAX_BODY = 20_000;
  /** The longest link. */
  public static final int MAX_LINK = 2000;
  /** The most tags. */
  public static final int MAX_TAGS = 20;
  /** The longest tag. */
  public static final int MAX_TAG_LENGTH = 50;
  /** The most competence references. */
  public static final int MAX_COMPETENCES = 20;
  /** The longest competence ID. */
  public static final int MAX_COMPETENCE_LENGTH = 64;

  /** Validates and normalizes the fields. */
  public KnowledgeContent {
    title = Validation.name("title", title, MAX_TITLE);
    body = Validation.text("body", body, MAX_BODY);
    link = link(link);
    tags = Tags.normalize("tags", tags, MAX_TAGS, MAX_TAG_LENGTH);
    Validation.noNulls("competences", competences);
    if (competences.size() > MAX_COMPETENCES) {
      throw new InvalidInputException("competences", "must hold at most " + MAX_COMPETENCES + " competences");
    }
    Set<String> checked = new TreeSet<>();
    for (String competence : competences) {
      checked.add(competenceId("competences", competence));
    }
    competences = Set.copyOf(checked);
  }

  /**
   * Checks a competence ID as items keep them.
   *
   * @param field the field, for the error
   * @param competence the ID, such as {@code digcomp@2.2#1.1}
   * @return the ID
   * @throws InvalidInputException when it is empty, longer than {@value #MAX_COMPETENCE_LENGTH}
   *     characters or holds whitespace
   */
  public static String competenceId(String field, String competence) {
    String id = Validation.name(field, competence, MAX_COMPETENCE_LENGTH);
    if (!id.equals(competence) || id.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidInputException(field, "must hold IDs without whitespace");
    }
    return id;
  }

  private static String link(String link) {
    return Validation.optionalWebLink("link", link, MAX_LINK);
  }
}
