package org.copkit.benchmarks.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On a small history, CoPKit's suggestions and the benchmark's SQL query rank the same members in
 * the same order for every question the benchmark asks: the two contenders compute one scoring.
 */
class ExpertFindingAgreementTest {

  @Test
  void bothContendersRankTheSameMembers() throws Exception {
    assumeTrue(System.getenv(ExpertContenders.POSTGRES_URL) != null, "no PostgreSQL URL");
    ExpertWorkload workload = ExpertWorkload.of(600, 6_000, 4);

    try (ExpertContenders contenders = new ExpertContenders(workload)) {
      assertThat(workload.asked).hasSize(50);
      int specialists = 0;
      for (Set<String> tags : workload.asked) {
        List<String> ours = contenders.copkit(tags, 10);
        assertThat(ours).as("tags %s", tags).hasSize(10).isEqualTo(contenders.sql(tags, 10));
        specialists += contenders.copkit(tags, 10).equals(contenders.copkit(Set.of("tag1"), 10)) ? 0 : 1;
      }
      assertThat(specialists).as("specific tags change the ranking for some questions").isPositive();
    }
  }
}
