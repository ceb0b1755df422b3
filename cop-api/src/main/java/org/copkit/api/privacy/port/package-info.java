/**
 * Outbound ports of privacy: {@link org.copkit.api.privacy.port.PersonalData}, the one port every
 * capability implements to export and erase what it holds about a member; the ledger of erasures
 * in progress; the communities' erasure policies.
 */
package org.copkit.api.privacy.port;
