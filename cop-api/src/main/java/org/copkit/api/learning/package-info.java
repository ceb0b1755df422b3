/**
 * Learning: short, always available learning units aligned to competences, learning paths (ordered
 * units), completions recorded by members, and the community's calendar of learning events (courses
 * for e-moderators, seminars, good-practice sessions, conferences, meetings of the working group)
 * with capacity, a waiting list that promotes in order, cancellation and attendance.
 */
package org.copkit.api.learning;
