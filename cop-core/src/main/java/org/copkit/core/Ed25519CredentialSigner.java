package org.copkit.core;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import org.copkit.api.portfolio.port.CredentialSigner;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;
import org.copkit.core.shared.Multibase;

/**
 * Signs credentials with an Ed25519 key, cryptosuite {@code eddsa-jcs-2022}: for tests, demos and
 * hosts without a PKI. Its verification method is the key's own {@code did:key}
 * ({@code did:key:z6Mk…#z6Mk…}: multicodec {@code 0xed01} and the 32 bytes of the public key, in
 * multibase base58-btc), so a verifier needs nothing but the credential. Hosts keep the key pair
 * (the JDK's {@code Ed25519} keys) and build the signer from it at every start; {@link #generate()}
 * makes a new key, whose credentials no longer verify once it is lost.
 */
public final class Ed25519CredentialSigner implements CredentialSigner {

  private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String did;

  private Ed25519CredentialSigner(KeyPair keys) {
    this.privateKey = Validation.required("keys.private", keys.getPrivate());
    this.publicKey = Validation.required("keys.public", keys.getPublic());
    if (!"Ed25519".equals(publicKey.getAlgorithm()) && !"EdDSA".equals(publicKey.getAlgorithm())) {
      throw new InvalidInputException("keys", "must be an Ed25519 key pair, was " + publicKey.getAlgorithm());
    }
    byte[] encoded = publicKey.getEncoded();
    byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    byte[] multicodec = new byte[ED25519_PUB.length + raw.length];
    System.arraycopy(ED25519_PUB, 0, multicodec, 0, ED25519_PUB.length);
    System.arraycopy(raw, 0, multicodec, ED25519_PUB.length, raw.length);
    String key = Multibase.base58btc(multicodec);
    this.did = "did:key:" + key + "#" + key;
  }

  /**
   * @param keys an Ed25519 key pair, as the JDK's {@code KeyPairGenerator.getInstance("Ed25519")} makes them
   * @return the signer
   */
  public static Ed25519CredentialSigner of(KeyPair keys) {
    return new Ed25519CredentialSigner(Validation.required("keys", keys));
  }

  /** @return a signer with a new key pair */
  public static Ed25519CredentialSigner generate() {
    try {
      return new Ed25519CredentialSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make Ed25519 keys", e);
    }
  }

  /** @return the public key, for verifiers that do not resolve {@code did:key} */
  public PublicKey publicKey() {
    return publicKey;
  }

  @Override
  public String cryptosuite() {
    return "eddsa-jcs-2022";
  }

  @Override
  public String verificationMethod() {
    return did;
  }

  @Override
  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the Ed25519 key", e);
    }
  }
}
