package org.copkit.api.competence;

/**
 * DigComp 2.2, The Digital Competence Framework for Citizens, which CoPKit ships as data: 5 areas,
 * 21 competences (1.1 to 5.4) with their official names, and 8 proficiency levels in four bands
 * (Foundation 1–2, Intermediate 3–4, Advanced 5–6, Highly specialised 7–8). Read it through {@link
 * CompetenceCatalogue#framework}.
 */
public final class DigComp {

  /** DigComp 2.2: {@code digcomp@2.2}. */
  public static final FrameworkRef V2_2 = new FrameworkRef("digcomp", "2.2");

  /** The publication the data is taken from. */
  public static final String SOURCE =
      "Vuorikari, R., Kluzer, S. and Punie, Y., DigComp 2.2: The Digital Competence Framework for Citizens"
          + " - With new examples of knowledge, skills and attitudes, EUR 31006 EN, Publications Office of the"
          + " European Union, Luxembourg, 2022, ISBN 978-92-76-48882-8, doi:10.2760/115376, JRC128415."
          + " Licensed under CC BY 4.0.";

  private DigComp() {}

  /**
   * @param code a competence's code, such as {@code 2.4}
   * @return the reference to that competence of DigComp 2.2 (whether it exists is checked where it
   *     is used)
   */
  public static CompetenceRef competence(String code) {
    return new CompetenceRef(V2_2, code);
  }
}
