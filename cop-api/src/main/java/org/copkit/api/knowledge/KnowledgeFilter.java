package org.copkit.api.knowledge;

import java.util.Optional;
import org.copkit.api.shared.Tags;
import org.copkit.api.shared.Validation;

/**
 * Which of a community's knowledge items to list: all of them, or those in one section, with one
 * tag or referring to one competence (each condition given must hold).
 *
 * <pre>{@code
 * queries.items(reader, community, KnowledgeFilter.all().inSection(section).tagged("mediació"), page);
 * }</pre>
 *
 * @param section only the items placed in this section (not in its subsections), when present
 * @param tag only the items whose latest revision has this tag (in its {@link Tags} normal form),
 *     when present
 * @param competence only the items whose latest revision refers to this competence ID, when present
 */
public record KnowledgeFilter(Optional<SectionId> section, Optional<String> tag, Optional<String> competence) {

  /** Validates and normalizes the fields. */
  public KnowledgeFilter {
    Validation.required("section", section);
    tag = Validation.required("tag", tag).map(t -> Tags.normalize("tag", t, KnowledgeContent.MAX_TAG_LENGTH));
    competence = Validation.required("competence", competence).map(c -> KnowledgeContent.competenceId("competence", c));
  }

  /** @return every item */
  public static KnowledgeFilter all() {
    return new KnowledgeFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param next a section
   * @return this filter, narrowed to the items placed in it
   */
  public KnowledgeFilter inSection(SectionId next) {
    return new KnowledgeFilter(Optional.of(Validation.required("section", next)), tag, competence);
  }

  /**
   * @param next a tag
   * @return this filter, narrowed to the items with it
   */
  public KnowledgeFilter tagged(String next) {
    return new KnowledgeFilter(section, Optional.of(Validation.required("tag", next)), competence);
  }

  /**
   * @param next a competence ID, such as {@code digcomp@2.2#1.1}
   * @return this filter, narrowed to the items referring to it
   */
  public KnowledgeFilter withCompetence(String next) {
    return new KnowledgeFilter(section, tag, Optional.of(Validation.required("competence", next)));
  }

  /** @return whether it lets every item through */
  public boolean isAll() {
    return section.isEmpty() && tag.isEmpty() && competence.isEmpty();
  }
}
