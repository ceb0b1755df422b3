package org.copkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.Community;
import org.copkit.api.community.Stage;
import org.copkit.core.CopPlatform;
import org.junit.jupiter.api.Test;

class CompartimStoryTest {

  @Test
  void theStoryRunsOnTheInMemoryStorage() {
    List<String> lines = new ArrayList<>();
    CopPlatform platform = CopPlatform.builder().directory(CompartimStory.directory()).autoActivate(false).build();

    Community cop = new CompartimStory(platform, lines::add).tell();

    assertThat(cop.stage()).isEqualTo(Stage.ACTIVE);
    assertThat(lines).containsSubsequence(
        "Jordi Casals proposed «Mediació penal» (CLOSED): PROPOSED",
        "Núria Ferrer activated it: ACTIVE",
        "Marta Roca accepted the invitation to the working group: CORE",
        "Laia Pons asked to join",
        "Jordi Casals approved Laia Pons's request: PARTICIPANT",
        "Jordi Casals promoted Laia Pons to the working group: CORE",
        "CORE: Jordi Casals, Marta Roca, Pere Vives, Laia Pons",
        "PARTICIPANT: Oriol Serra",
        "OBSERVER: nobody",
        "Jordi Casals announced «Calendari de la guia»",
        "Jordi Casals approved it",
        "Marta Roca answered and Oriol Serra accepted the answer",
        "Laia Pons's reply was held: national-id: it seems to contain a national identity number (DNI/NIE)",
        "Jordi Casals removed the number and published it",
        "Laia Pons flagged a reply of Oriol Serra as off-topic",
        "Jordi Casals hid it, with a statement of reasons for Oriol Serra");
    assertThat(lines).anyMatch(line -> line.startsWith("Xavier Mas, an outsider, was refused the member list"));
    assertThat(lines).as("the production cycle of the guide").containsSubsequence(
        "Marta Roca drafted «Guia de bones pràctiques»; Pere Vives co-wrote it",
        "Laia Pons asked for changes in round 1; round 2 was approved by Laia Pons and Jordi Casals",
        "Oriol Serra, a participant, reads the published guide: Guia de bones pràctiques",
        "Diffused to 3 targets; assessed: ASSESSED",
        "Rated 4.5 by 2 members, 1 helpful mark, 1 comment, 1 read",
        "Outputs co-authored by Pere Vives: 1");
  }
}
