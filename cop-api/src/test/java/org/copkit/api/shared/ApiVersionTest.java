package org.copkit.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An add-on checks the API it runs on: the same major version, at least as recent as the one it was
 * built against, is supported; another major version, or a later minor or patch, is not.
 */
class ApiVersionTest {

  private static final String CURRENT = ApiVersion.current();
  private static final int MAJOR = part(0);
  private static final int MINOR = part(1);
  private static final int PATCH = part(2);

  private static int part(int index) {
    return Integer.parseInt(CURRENT.split("-", 2)[0].split("\\.")[index]);
  }

  @Test
  void theRunningVersionIsTheBuildsVersion() {
    assertThat(CURRENT).matches("\\d+\\.\\d+\\.\\d+(-.+)?").isNotEqualTo("0.0.0");
  }

  @Test
  void theSameOrAnOlderVersionOfTheSameMajorIsSupported() {
    assertThat(ApiVersion.supports(CURRENT)).isTrue();
    assertThat(ApiVersion.supports(MAJOR + "." + MINOR)).isTrue();
    assertThat(ApiVersion.supports(String.valueOf(MAJOR))).isTrue();
    if (MINOR > 0) {
      assertThat(ApiVersion.supports(MAJOR + "." + (MINOR - 1) + ".99")).isTrue();
    }
    assertThatCode(() -> ApiVersion.require(MAJOR + "." + MINOR, "iban-detector")).doesNotThrowAnyException();
  }

  @Test
  void anotherMajorOrALaterVersionIsNotSupportedAndRequireSaysWhy() {
    assertThat(ApiVersion.supports((MAJOR + 1) + ".0")).isFalse();
    assertThat(ApiVersion.supports(MAJOR + "." + (MINOR + 1))).isFalse();
    assertThat(ApiVersion.supports(MAJOR + "." + MINOR + "." + (PATCH + 1))).isFalse();
    if (MAJOR > 0) {
      assertThat(ApiVersion.supports((MAJOR - 1) + ".0")).isFalse();
    }

    assertThatThrownBy(() -> ApiVersion.require((MAJOR + 1) + ".0", "iban-detector"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("iban-detector").hasMessageContaining((MAJOR + 1) + ".0").hasMessageContaining(CURRENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "one", "1.x", "1.2.3.4", "v1.2"})
  void aRequiredVersionThatIsNotOneIsRefusedNamingIt(String required) {
    assertThatThrownBy(() -> ApiVersion.supports(required))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("required"));
  }
}
