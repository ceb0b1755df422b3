/**
 * Knowledge base: knowledge pills, library documents and outputs of a community, with Markdown
 * bodies rendered and sanitized as posts are, tags in the {@link org.copkit.api.shared.Tags} normal
 * form, competence references, and an immutable revision for every change (list, read, restore).
 */
package org.copkit.api.knowledge;
