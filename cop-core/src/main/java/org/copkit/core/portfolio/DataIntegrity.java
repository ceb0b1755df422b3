package org.copkit.core.portfolio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.copkit.api.portfolio.port.CredentialSigner;
import org.copkit.core.shared.Multibase;

/**
 * Adds a W3C Data Integrity proof to a credential, as the {@code eddsa-jcs-2022} cryptosuite does:
 * the proof options (type {@code DataIntegrityProof}, the signer's cryptosuite and verification
 * method, {@code created}, {@code proofPurpose assertionMethod}) with the credential's {@code
 * @context}, canonicalized with JCS and hashed with SHA-256, then the credential without its proof,
 * canonicalized and hashed the same way; the signer signs the two hashes one after the other, and
 * {@code proofValue} is the signature in multibase base58-btc ({@code z…}). The proof is embedded
 * without its {@code @context}.
 */
final class DataIntegrity {

  private DataIntegrity() {}

  static ObjectNode signed(ObjectNode credential, CredentialSigner signer, String created) {
    ObjectNode proof = credential.objectNode();
    proof.put("type", "DataIntegrityProof");
    proof.put("cryptosuite", signer.cryptosuite());
    proof.put("created", created);
    proof.put("verificationMethod", signer.verificationMethod());
    proof.put("proofPurpose", "assertionMethod");
    byte[] signature = signer.sign(hashData(credential, proof));
    ObjectNode result = credential.deepCopy();
    ObjectNode embedded = proof.deepCopy();
    embedded.put("proofValue", Multibase.base58btc(signature));
    result.putArray("proof").add(embedded);
    return result;
  }

  /**
   * @param unsecured the credential without its proof
   * @param proofOptions the proof without its value and without {@code @context}
   * @return what the signer signs
   */
  static byte[] hashData(ObjectNode unsecured, ObjectNode proofOptions) {
    ObjectNode config = proofOptions.deepCopy();
    config.set("@context", unsecured.get("@context"));
    byte[] configHash = sha256(Jcs.canonical(config));
    byte[] documentHash = sha256(Jcs.canonical(unsecured));
    byte[] both = new byte[configHash.length + documentHash.length];
    System.arraycopy(configHash, 0, both, 0, configHash.length);
    System.arraycopy(documentHash, 0, both, configHash.length, documentHash.length);
    return both;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
