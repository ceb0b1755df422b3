/** Outbound ports of e-portfolios: evidence gathered and added, pages, the signer of credentials, the Learning Record Store. */
package org.copkit.api.portfolio.port;
