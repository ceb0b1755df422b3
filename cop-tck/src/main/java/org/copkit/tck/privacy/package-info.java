/**
 * Contract suite of privacy: a member's export and erasure through the real use cases, on the
 * adapter's storage, with every capability's {@link org.copkit.api.privacy.port.PersonalData}.
 */
package org.copkit.tck.privacy;
