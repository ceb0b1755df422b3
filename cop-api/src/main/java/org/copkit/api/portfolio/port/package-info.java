/** Outbound ports of e-portfolios: the signer of credentials. */
package org.copkit.api.portfolio.port;
