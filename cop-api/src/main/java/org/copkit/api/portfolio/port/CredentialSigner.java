package org.copkit.api.portfolio.port;

/**
 * Outbound port: signs credentials. CoPKit builds a W3C Data Integrity proof of cryptosuite {@link
 * #cryptosuite()} and asks the signer for the signature of the bytes the suite defines; a host with
 * its own PKI or key vault implements it. {@code org.copkit.core.Ed25519CredentialSigner} signs with
 * an Ed25519 key ({@code eddsa-jcs-2022}), for tests and hosts without a PKI.
 */
public interface CredentialSigner {

  /** @return the Data Integrity cryptosuite, such as {@code eddsa-jcs-2022} */
  String cryptosuite();

  /** @return the URI of the public key that verifies the signatures, such as a {@code did:key} */
  String verificationMethod();

  /**
   * @param data the bytes to sign, as the cryptosuite defines them
   * @return the signature
   */
  byte[] sign(byte[] data);
}
