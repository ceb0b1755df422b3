/** Contract suites of the e-portfolio ports: evidence gathered from the other features, evidence added, pages. */
package org.copkit.tck.portfolio;
