package org.copkit.api.competence;

import org.copkit.api.shared.Validation;

/**
 * One competence of a framework, such as DigComp 2.2's 2.4 "Collaborating through digital
 * technologies".
 *
 * @param ref the framework, version and code
 * @param name its official name
 */
public record Competence(CompetenceRef ref, String name) {

  /** Validates the fields. */
  public Competence {
    Validation.required("ref", ref);
    name = Validation.name("name", name, 200);
  }
}
