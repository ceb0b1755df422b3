/**
 * Expertise: who can answer a question being written, ranked by evidence (answers by topic,
 * accepted answers, HELPFUL marks on answers, knowledge items written, competences validated and
 * endorsed in the community, the EXPERT role, recent activity) with an explanation
 * per person; the tacit experts of a community for its e-moderators; and members' choice to stay
 * out of suggestions. Only members who may read the question are suggested, and only evidence from
 * the question's own community counts, so no suggestion tells of a community its reader cannot see.
 */
package org.copkit.api.expertise;
