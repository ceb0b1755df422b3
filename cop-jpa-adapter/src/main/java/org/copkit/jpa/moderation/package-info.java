/**
 * The moderation feature on JPA: package-private entities for flags, review items, mutes and
 * communities' moderation policies, mapped to the API's records at the boundary, and the port
 * implementations that query them. Subjects are stored as their {@code key()}; the database itself
 * keeps one open flag per flagger and subject, and one open review item per subject, in a community
 * (see {@code OpenKey}). {@link org.copkit.jpa.moderation.ModerationPorts} is the wiring that {@code
 * JpaStorage} uses; there is no API here.
 */
package org.copkit.jpa.moderation;
