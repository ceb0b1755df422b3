/**
 * Privacy: what CoPKit holds about one member, exported to them and erased on request.
 *
 * <p>{@link org.copkit.api.privacy.Privacy} is the use case: {@code export} streams everything the
 * platform holds about a member as one JSON document (schema {@value
 * org.copkit.api.privacy.Privacy#EXPORT_SCHEMA}, in {@code docs/privacy-export.schema.json});
 * {@code erase} replaces the member by a stable pseudonym everywhere, keeping or removing what they
 * wrote according to each community's {@link org.copkit.api.privacy.ErasurePolicy}.
 *
 * <p>Every capability takes part through one port, {@link org.copkit.api.privacy.port.PersonalData}:
 * what it holds about a member, how it exports it and how it erases it. Storage adapters provide
 * one per capability; add-ons that keep data of their own register theirs on the platform's
 * builder. {@code cop-tck}'s {@code PersonalDataContract} checks them.
 */
package org.copkit.api.privacy;
