/**
 * E-portfolios and the standards they export: a member's learning as Open Badges 3.0 credentials
 * ({@link org.copkit.api.portfolio.Credentials}), signed through a {@link
 * org.copkit.api.portfolio.port.CredentialSigner}, and as xAPI 1.0.3 statements ({@link
 * org.copkit.api.portfolio.LearningStatements}).
 */
package org.copkit.api.portfolio;
