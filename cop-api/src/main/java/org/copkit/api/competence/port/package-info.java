/** Outbound ports of competence assessment: claims and their histories. */
package org.copkit.api.competence.port;
