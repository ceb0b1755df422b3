package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copkit.core.ConversationScene.JORDI;
import static org.copkit.core.ConversationScene.LAIA;
import static org.copkit.core.ConversationScene.MARTA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.Visibility;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.core.ConversationScene;
import org.junit.jupiter.api.Test;

/**
 * A member's export holds the changes of the log that name her, and none that only others' do:
 * someone else's reaction to her post names the post, not her.
 */
class ChangeLogExportTest {

  private final ConversationScene scene = new ConversationScene(Visibility.CLOSED);

  @Test
  void holdsTheChangesNamingHerAndNoneOfOthersAboutHerPosts() throws Exception {
    PostOutcome.Published hers = (PostOutcome.Published) scene.platform.discussions().start(LAIA,
        StartThread.discussion(scene.community.id(), "Protocol", "Com ho feu?"));
    Post reply = ((PostOutcome.Published) scene.platform.discussions().reply(MARTA,
        Reply.to(hers.thread().id(), "Així"))).post();
    scene.platform.discussions().react(JORDI, hers.post().id(), Reaction.HELPFUL);
    scene.platform.discussions().react(LAIA, reply.id(), Reaction.LIKE);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    scene.platform.privacy().export(LAIA, LAIA, out);

    JsonNode changes = new ObjectMapper().readTree(out.toByteArray()).get("capabilities").get("change-log").get("change");
    List<String> values = new ArrayList<>();
    changes.forEach(change -> {
      StringBuilder text = new StringBuilder();
      change.fields().forEachRemaining(field -> text.append(field.getValue().asText()).append(' '));
      values.add(text.toString());
    });
    assertThat(values).as("her thread published, her reaction").isNotEmpty()
        .allSatisfy(text -> assertThat(text).contains(LAIA.value()));
    assertThat(values).as("Jordi's reaction to her post and Marta's reply name them, not her")
        .noneMatch(text -> text.contains(JORDI.value()) || text.contains(MARTA.value()));
  }
}
