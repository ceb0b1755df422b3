package org.copkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Multibase base58-btc writes the known vectors of the Bitcoin alphabet after its {@code z}, each
 * leading zero byte as a {@code 1}, and nothing at all for no bytes.
 */
class MultibaseTest {

  @Test
  void writesTheKnownVectorsAfterItsPrefix() {
    assertThat(Multibase.base58btc("hello world".getBytes(StandardCharsets.US_ASCII))).isEqualTo("zStV1DL6CwTryKyV");
    assertThat(Multibase.base58btc("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("z2NEpo7TZRRrLZSi2U");
    assertThat(Multibase.base58btc(new byte[] {(byte) 0xff})).isEqualTo("z5Q");
  }

  @Test
  void writesEachLeadingZeroByteAsAOne() {
    assertThat(Multibase.base58btc(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd})).isEqualTo("z11233QC4");
    assertThat(Multibase.base58btc(new byte[] {0, 0, 0})).isEqualTo("z111");
    assertThat(Multibase.base58btc(HexFormat.of().parseHex("00000000000000000000")))
        .isEqualTo("z1111111111");
    assertThat(Multibase.base58btc(new byte[] {0, 1, 0})).as("only the leading zeros").isEqualTo("z15R");
  }

  @Test
  void writesNothingButThePrefixForNoBytes() {
    assertThat(Multibase.base58btc(new byte[0])).isEqualTo("z");
  }
}
