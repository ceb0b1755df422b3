/**
 * Expertise: the evidence index (a cache of the change log's {@code expertise} topic), the scoring
 * that ranks who can answer a question, and the use case around it.
 */
package org.copkit.core.expertise;
