/** Competence frameworks: DigComp 2.2 as shipped data, the host's frameworks, and the catalogue. */
package org.copkit.core.competence;
