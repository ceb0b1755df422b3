/** Competence assessment on JPA: claims and their histories. */
package org.copkit.jpa.competence;
