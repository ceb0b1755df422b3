/**
 * Extension point for competence frameworks: a vendor's or host's own frameworks (a department's
 * professional competences), found with {@link java.util.ServiceLoader}.
 */
package org.copkit.api.competence.spi;
