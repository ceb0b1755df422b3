package org.copkit.core.shared;

import java.math.BigInteger;

/**
 * Multibase base58-btc: {@code z} followed by the bytes in base 58 with the Bitcoin alphabet, as
 * Data Integrity proofs and {@code did:key} identifiers write them. Wiring for the core's features.
 */
public final class Multibase {

  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Multibase() {}

  /**
   * @param bytes any bytes
   * @return {@code z} and their base58-btc text
   */
  public static String base58btc(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, bytes);
    while (value.signum() > 0) {
      BigInteger[] divided = value.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(divided[1].intValue()));
      value = divided[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1');
    }
    return "z" + out.reverse();
  }
}
