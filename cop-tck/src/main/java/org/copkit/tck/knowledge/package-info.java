/**
 * Contract suites of the knowledge-base ports: items and their revisions; production cycles of
 * outputs and review policies; and reviewers' votes under concurrency through the use cases.
 */
package org.copkit.tck.knowledge;
