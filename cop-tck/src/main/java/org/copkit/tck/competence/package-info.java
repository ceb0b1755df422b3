/** Contract suites of the competence ports: claims and their histories. */
package org.copkit.tck.competence;
