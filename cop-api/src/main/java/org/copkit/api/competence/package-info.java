/**
 * Competences: the frameworks a community's learning and evidence are aligned to. DigComp 2.2, the
 * European Digital Competence Framework for Citizens, ships with CoPKit ({@link
 * org.copkit.api.competence.DigComp}); hosts add their own frameworks, versioned, on the platform's
 * builder or through {@link org.copkit.api.competence.spi.FrameworkProvider}. Read them through
 * {@link org.copkit.api.competence.CompetenceCatalogue}.
 */
package org.copkit.api.competence;
