/**
 * The knowledge base: items, their revisions, who may read and write them; and the production cycle
 * of outputs (draft, review, publication and diffusion, assessment).
 */
package org.copkit.core.knowledge;
