package org.copkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.community.Audience;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedPage;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedVisibilityTest {

  private final FeedFixture fixture = new FeedFixture();
  private CommunityId open;
  private CommunityId secret;
  private MemberId outsider;
  private MemberId insider;
  private MemberId moderator;

  @BeforeEach
  void platform() {
    open = fixture.community("open", Visibility.OPEN);
    secret = fixture.community("secret", Visibility.SECRET);
    outsider = fixture.join(open, "outsider", Tier.PARTICIPANT);
    insider = fixture.join(secret, "insider", Tier.PARTICIPANT);
    fixture.join(open, "insider", Tier.PARTICIPANT);
    moderator = fixture.join(secret, "moderator", Tier.CORE, Role.E_MODERATOR);
  }

  @Test
  void secretActivityNeverReachesAnOutsider() {
    List<ActivityId> secrets = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ActivityId id = fixture.post(secret, moderator, i, "sentencing");
      secrets.add(id);
      for (int r = 0; r < 5; r++) {
        fixture.publishing().record(insider, new Interaction(id, Interaction.Kind.REACTED));
      }
    }
    ActivityId visible = fixture.post(open, outsider, 10_000_000);

    assertThat(allPages(outsider)).containsExactly(visible);
    assertThat(allPages(insider)).containsAll(secrets).contains(visible);
    assertThatThrownBy(() -> fixture.feed().explain(outsider, secrets.get(0))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().record(outsider, new Interaction(secrets.get(0), Interaction.Kind.SEEN)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().publish(outsider, fixture.activity(secret, outsider, ActivityKind.POST, 0, Audience.COMMUNITY)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("community"));
  }

  @Test
  void coreOnlyActivityIsForTheCoreTier() {
    ActivityId draft = fixture.publish(fixture.activity(secret, moderator, ActivityKind.OUTPUT, 0, Audience.CORE));
    ActivityId announcement = fixture.publish(fixture.activity(secret, moderator, ActivityKind.ANNOUNCEMENT, 0, Audience.COMMUNITY));

    assertThat(allPages(moderator)).containsExactlyInAnyOrder(draft, announcement);
    assertThat(allPages(insider)).containsExactly(announcement);
    assertThatThrownBy(() -> fixture.feed().explain(insider, draft)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.publishing().publish(insider, fixture.activity(secret, insider, ActivityKind.OUTPUT, 0, Audience.CORE)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void leavingACommunityHidesItsActivitiesEvenInTheMiddleOfASession() {
    for (int i = 0; i < 30; i++) {
      fixture.post(secret, moderator, i);
    }
    FeedPage first = fixture.feed().feed(insider, FeedQuery.first(10));
    fixture.storage.memberships().remove(secret, insider);

    assertThat(fixture.feed().feed(insider, FeedQuery.after(first.next().orElseThrow(), 10)).items()).isEmpty();
  }

  @Test
  void anArchivedCommunityStaysReadableButFrozen() {
    ActivityId question = fixture.publish(fixture.activity(secret, moderator, ActivityKind.QUESTION, 0, Audience.COMMUNITY));
    fixture.archive(secret);

    assertThat(allPages(insider)).contains(question);
    fixture.publishing().record(insider, new Interaction(question, Interaction.Kind.SEEN));
    assertThatThrownBy(() -> fixture.publishing().record(insider, new Interaction(question, Interaction.Kind.ANSWERED)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    assertThatThrownBy(() -> fixture.post(secret, moderator, 0)).isInstanceOf(ConflictException.class);
  }

  @Test
  void observersReadButDoNotWrite() {
    MemberId observer = fixture.join(open, "observer", Tier.OBSERVER);
    ActivityId post = fixture.post(open, outsider, 0);

    fixture.publishing().record(observer, new Interaction(post, Interaction.Kind.SEEN));
    assertThatThrownBy(() -> fixture.publishing().record(observer, new Interaction(post, Interaction.Kind.REACTED)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> fixture.post(open, observer, 0)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void publishingIsIdempotentAndChecksTheAuthor() {
    Activity activity = fixture.activity(open, outsider, ActivityKind.POST, 0, Audience.COMMUNITY);

    assertThat(fixture.publishing().publish(outsider, activity)).isEqualTo(new Publication.Published(activity.id()));
    assertThat(fixture.publishing().publish(outsider, activity)).isEqualTo(new Publication.AlreadyPublished(activity.id()));
    assertThat(allPages(outsider)).containsExactly(activity.id());
    Activity byStranger = fixture.activity(open, MemberId.of("stranger"), ActivityKind.POST, 0, Audience.COMMUNITY);
    assertThatThrownBy(() -> fixture.publishing().publish(outsider, byStranger))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("author"));
  }

  @Test
  void onlyQuestionsAreAnswered() {
    ActivityId post = fixture.post(open, outsider, 0);

    assertThatThrownBy(() -> fixture.publishing().record(insider, new Interaction(post, Interaction.Kind.ANSWERED)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
  }

  @Test
  void anUnknownActivityIsNotFound() {
    assertThatThrownBy(() -> fixture.publishing().record(insider, new Interaction(ActivityId.random(), Interaction.Kind.SEEN)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fixture.feed().explain(insider, ActivityId.random())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void someoneWithoutMembershipsHasAnEmptyFeed() {
    fixture.post(open, outsider, 0);

    FeedPage page = fixture.feed().feed(MemberId.of("newcomer"), FeedQuery.first(20));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isEmpty();
  }

  private List<ActivityId> allPages(MemberId member) {
    List<ActivityId> all = new ArrayList<>();
    FeedPage page = fixture.feed().feed(member, FeedQuery.first(200));
    while (true) {
      page.items().stream().map(FeedItem::activity).forEach(all::add);
      if (page.next().isEmpty()) {
        return all;
      }
      page = fixture.feed().feed(member, FeedQuery.after(page.next().get(), 200));
    }
  }
}
