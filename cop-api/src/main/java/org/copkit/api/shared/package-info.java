/**
 * What all features share: the {@link org.copkit.api.shared.CopException} hierarchy, the person
 * reference {@link org.copkit.api.shared.MemberId}, paging, and the cross-cutting outbound ports
 * ({@link org.copkit.api.shared.Directory}, {@link org.copkit.api.shared.EventPublisher}, {@link
 * org.copkit.api.shared.Transactions}, {@link org.copkit.api.shared.AuditTrail}).
 */
package org.copkit.api.shared;
