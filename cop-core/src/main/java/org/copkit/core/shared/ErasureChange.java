package org.copkit.core.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.shared.MemberId;

/**
 * The change-log entry (topic {@value #TOPIC}) that tells every node a member was erased, so that
 * it makes its in-memory structures name the pseudonym: {@code erased <digest> <pseudonym>}. It
 * never holds the member's ID, only the SHA-256 of it (as the erasure ledger does); a node finds
 * the member among those it knows by comparing digests ({@link #names}). Appended once every
 * capability is erased and every change of the log that named the member was rewritten, claiming
 * {@code erasure:<digest>} so that a retry tells the nodes once; and again when the erasure's second
 * pass rewrote changes that other nodes committed naming the member meanwhile, so that every node
 * derives afresh from the log as it now is. Wiring between features, never reaching hosts.
 *
 * @param digest the SHA-256 of the member's ID, lower-case hexadecimal
 * @param pseudonym the pseudonym that replaced them
 */
public record ErasureChange(String digest, MemberId pseudonym) {

  /** The change log's topic of privacy. */
  public static final String TOPIC = "privacy";

  private static final String ERASED = "erased";

  /**
   * @param digest the SHA-256 of the member's ID, lower-case hexadecimal
   * @param pseudonym the pseudonym that replaced them
   */
  public ErasureChange {
    if (digest == null || !digest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + digest);
    }
    java.util.Objects.requireNonNull(pseudonym, "pseudonym");
  }

  /**
   * @param member a member
   * @return the SHA-256 digest of their ID, lower-case hexadecimal
   */
  public static String digest(MemberId member) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(member.value().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e);
    }
  }

  /**
   * @param member a member a node knows
   * @return whether they are the member erased
   */
  public boolean names(MemberId member) {
    return digest.equals(digest(member));
  }

  /**
   * A finder of the erased member among many: each member's digest is computed once.
   *
   * @return a predicate, true for the member erased
   */
  public java.util.function.Predicate<MemberId> matcher() {
    Map<MemberId, Boolean> known = new ConcurrentHashMap<>();
    return member -> known.computeIfAbsent(member, this::names);
  }

  /** @return the body of the change log */
  public String encode() {
    return ERASED + " " + digest + " " + pseudonym.value();
  }

  /**
   * @param body a body of the topic
   * @return the change
   * @throws IllegalArgumentException when the body is not one
   */
  public static ErasureChange decode(String body) {
    String[] words = body.split(" ");
    if (words.length != 3 || !words[0].equals(ERASED)) {
      throw new IllegalArgumentException("not an erasure: " + body);
    }
    return new ErasureChange(words[1], MemberId.of(words[2]));
  }
}
