package org.copkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;
import static org.copkit.core.ConversationScene.NURIA;
import static org.copkit.core.ConversationScene.XAVIER;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.ChangeRole;
import org.copkit.api.community.ChangeStage;
import org.copkit.api.community.ChangeTier;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.Invite;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.RemoveMember;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.UpdateCommunity;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.feed.Interaction;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Person;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * An ARCHIVED community is read-only: every write in it, by anyone, is refused with a {@link
 * ConflictException} and changes nothing — no audit entry, no event, no stored change. A DORMANT
 * community takes the same writes, and a contribution wakes it up.
 */
class ReadOnlyArchivedCommunitiesTest {

  @TestFactory
  Stream<DynamicTest> everyWriteInAnArchivedCommunityIsRefusedAndChangesNothing() {
    return WriteScene.writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      WriteScene stage = new WriteScene();
      stage.moveTo(Stage.ARCHIVED);
      List<Object> before = stage.snapshot();

      assertThatThrownBy(() -> write.getValue().accept(stage))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("archived"));
      assertThat(stage.snapshot()).isEqualTo(before);
      assertThat(stage.now().stage()).isEqualTo(Stage.ARCHIVED);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyWriteInADormantCommunityIsTaken() {
    return WriteScene.writes().entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      WriteScene stage = new WriteScene();
      stage.moveTo(Stage.DORMANT);

      assertThatNoException().isThrownBy(() -> write.getValue().accept(stage));
      assertThat(stage.now().stage()).isIn(Stage.DORMANT, Stage.ACTIVE);
    }));
  }

  @TestFactory
  Stream<DynamicTest> aContributionWakesADormantCommunity() {
    Map<String, Consumer<WriteScene>> contributions = new LinkedHashMap<>();
    contributions.put("start a thread", WriteScene.writes().get("start a thread"));
    contributions.put("reply", WriteScene.writes().get("reply"));
    contributions.put("record activity", WriteScene.writes().get("record activity"));
    return contributions.entrySet().stream().map(write -> DynamicTest.dynamicTest(write.getKey(), () -> {
      WriteScene stage = new WriteScene();
      stage.moveTo(Stage.DORMANT);

      write.getValue().accept(stage);

      assertThat(stage.now().stage()).isEqualTo(Stage.ACTIVE);
      assertThat(stage.now().lastActivityAt()).isEqualTo(stage.scene.clock.instant());
    }));
  }
}
