package org.copkit.core.portfolio;

import java.util.Optional;
import org.copkit.api.portfolio.Credentials;
import org.copkit.api.portfolio.IssuerProfile;
import org.copkit.api.portfolio.LearningStatements;
import org.copkit.api.portfolio.Portfolios;
import org.copkit.api.portfolio.port.CredentialSigner;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.competence.Frameworks;
import org.copkit.core.shared.Wiring;

/** Assembles the portfolio use cases for {@code CopPlatform}. Wiring, not API. */
public final class PortfolioAssembly {

  private final PortfolioWork work;
  private final Portfolios portfolios;

  private PortfolioAssembly(PortfolioWork work, PagesWork pages) {
    this.work = work;
    this.portfolios = new PortfoliosService(pages);
  }

  /**
   * @param wiring the platform's ports and clock
   * @param issuer the host as issuer, if given
   * @param signer the signer of credentials
   * @param communities the community rules
   * @param frameworks the competence frameworks credentials align to
   * @return the assembly
   */
  public static PortfolioAssembly create(Wiring wiring, Optional<IssuerProfile> issuer, CredentialSigner signer,
      CommunityGate communities, Frameworks frameworks) {
    return new PortfolioAssembly(new PortfolioWork(wiring.storage(), communities, frameworks, issuer, signer),
        new PagesWork(wiring.storage(), communities, frameworks, wiring.clock()));
  }

  /** @return e-portfolios: evidence, pages, the competence matrix, a community's portfolio */
  public Portfolios portfolios() {
    return portfolios;
  }

  /** @return credentials */
  public Credentials credentials() {
    return new CredentialsService(work);
  }

  /** @return statements */
  public LearningStatements statements() {
    return new StatementsService(work);
  }
}
