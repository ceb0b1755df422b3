/** Contract suites of the learning ports, and the calendar's rules under concurrency. */
package org.copkit.tck.learning;
