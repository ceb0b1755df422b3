/**
 * Knowledge base: knowledge pills, library documents and outputs of a community, with Markdown
 * bodies rendered and sanitized as posts are, tags in the {@link org.copkit.api.shared.Tags} normal
 * form, competence references, and an immutable revision for every change (list, read, restore).
 * The production cycle of outputs ({@link org.copkit.api.knowledge.Production}): a draft of the
 * working group, reviewed, published and diffused, then assessed.
 */
package org.copkit.api.knowledge;
