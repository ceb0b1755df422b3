package org.copkit.examples.stackexchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copkit.api.discussion.Post;
import org.copkit.examples.stackexchange.TextLimits.Fitted;
import org.junit.jupiter.api.Test;

/** Texts from the dump fitted to the API's limits, with every cut reported. */
class TextLimitsTest {

  @Test
  void aTextWithinTheLimitIsKeptStripped() {
    assertThat(TextLimits.fit("  a wheel \n", 10, "blank")).isEqualTo(new Fitted("a wheel", false));
  }

  @Test
  void aLongTextIsCutToTheLimitWithAnEllipsis() {
    Fitted body = TextLimits.fit("x".repeat(Post.MAX_BODY + 1), Post.MAX_BODY, "blank");

    assertThat(body.truncated()).isTrue();
    assertThat(body.text()).hasSize(Post.MAX_BODY).endsWith("x…");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    Fitted cut = TextLimits.fit("ab🚲🚲", 4, "blank");

    assertThat(cut).isEqualTo(new Fitted("ab…", true));
  }

  @Test
  void controlCharactersAreRemovedAndABlankTextIsReplaced() {
    assertThat(TextLimits.fit("bell\u0007 tab\tline\n", 20, "blank")).isEqualTo(new Fitted("bell tab\tline", false));
    assertThat(TextLimits.fit(" \u0000 ", 20, "(no text)")).isEqualTo(new Fitted("(no text)", false));
  }

  @Test
  void tagsAreLowerCasedShortenedAndLimitedInNumber() {
    assertThat(TextLimits.fitTags(List.of("Wheels", "truing"), 10, 40).tags()).containsExactlyInAnyOrder("wheels", "truing");
    assertThat(TextLimits.fitTags(List.of("Wheels", "truing"), 10, 40).truncated()).isFalse();
    assertThat(TextLimits.fitTags(List.of("a", "b", "c"), 2, 40))
        .satisfies(tags -> assertThat(tags.tags()).containsExactlyInAnyOrder("a", "b"))
        .satisfies(tags -> assertThat(tags.truncated()).isTrue());
    assertThat(TextLimits.fitTags(List.of("abcdef", "abcdxy"), 10, 4))
        .satisfies(tags -> assertThat(tags.tags()).containsExactly("abcd"))
        .satisfies(tags -> assertThat(tags.truncated()).isTrue());
  }
}
