package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copkit.api.community.CommunityId;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.CommunityRanking;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.FeedCursor;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interests;
import org.copkit.api.feed.PersonalWeights;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/** Bad input names its field and changes nothing. */
class FeedValidationTest {

  private static final MemberId ANA = MemberId.of("ana");

  @Test
  void activitiesValidateThemselves() {
    assertRejects("tags", () -> activity(0, FeedFixture.START, IntStream.range(0, 17).mapToObj(i -> "t" + i).collect(Collectors.toSet())));
    assertRejects("tags", () -> activity(0, FeedFixture.START, Set.of(" ")));
    assertRejects("replies", () -> activity(-1, FeedFixture.START, Set.of()));
    assertRejects("createdAt", () -> activity(0, Instant.parse("2100-01-01T00:00:00Z"), Set.of()));
    assertRejects("createdAt", () -> activity(0, Instant.parse("1969-12-31T23:59:59Z"), Set.of()));
    assertThat(activity(0, FeedFixture.START, Set.of(" sentencing ")).tags()).containsExactly("sentencing");
  }

  @Test
  void queriesAndCursorsValidateThemselves() {
    assertRejects("size", () -> FeedQuery.first(0));
    assertRejects("size", () -> FeedQuery.first(FeedQuery.MAX_SIZE + 1));
    assertRejects("after", () -> new FeedQuery(10, null));
    assertRejects("cursor", () -> new FeedCursor("not/base64+"));
    assertRejects("cursor", () -> new FeedCursor(""));
  }

  @Test
  void settingsValidateThemselves() {
    assertRejects("halfLife", () -> CommunityRanking.defaults().withHalfLife(Duration.ofSeconds(59)));
    assertRejects("engagement", () -> new CommunityRanking(Duration.ofHours(1), -1, 0));
    assertRejects("authorAffinity", () -> new PersonalWeights(Double.NaN, 0, 0, 0, 0, 0, 0));
    assertRejects("communityRepeat", () -> new PersonalWeights(0, 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY));
    assertRejects("competences", () -> new Interests(null, Set.of()));
    assertRejects("byCommunity", () -> new MemberTerms(Map.of(), Map.of(CommunityId.random(), Double.NaN)));
  }

  @Test
  void useCasesRequireTheirArguments() {
    FeedFixture fixture = new FeedFixture();

    assertRejects("actor", () -> fixture.feed().feed(null, FeedQuery.first(10)));
    assertRejects("query", () -> fixture.feed().feed(ANA, null));
    assertRejects("activity", () -> fixture.feed().explain(ANA, null));
    assertRejects("activity", () -> fixture.publishing().publish(ANA, null));
    assertRejects("interests", () -> fixture.publishing().declareInterests(ANA, null));
    assertRejects("cursor", () -> fixture.feed().feed(ANA, new FeedQuery(10, Optional.of(new FeedCursor("AAAA")))));
  }

  private static Activity activity(int replies, Instant createdAt, Set<String> tags) {
    return new Activity(
        ActivityId.random(), CommunityId.random(), ANA, ActivityKind.POST, createdAt, replies, 0, tags,
        CopComponent.PRODUCTION, Audience.COMMUNITY);
  }

  private static void assertRejects(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
