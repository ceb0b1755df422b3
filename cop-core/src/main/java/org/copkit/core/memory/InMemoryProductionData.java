package org.copkit.core.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.knowledge.Assessment;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.Review;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What the production cycle of outputs holds about a member: cycles they started, asked to review,
 * published or assessed, the outputs they co-author or review, their reviews and diffusions.
 * Erasure names the pseudonym; in a community whose policy is {@code REMOVE}, their review
 * comments, diffusion notes and assessments lose their text.
 */
final class InMemoryProductionData implements PersonalData {

  private final InMemoryOutputCycles cycles;

  InMemoryProductionData(InMemoryOutputCycles cycles) {
    this.cycles = cycles;
  }

  @Override
  public String capability() {
    return "production";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    List<OutputCycle> all = cycles.cycleStore().all().stream()
        .sorted(Comparator.comparing(c -> c.output().toString())).toList();
    for (OutputCycle cycle : all) {
      if (cycle.startedBy().equals(member) || MemberRecords.names(cycle.stage(), member)) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("output", cycle.output());
        fields.put("community", cycle.community());
        fields.put("stage", cycle.stage().kind());
        fields.put("startedBy", cycle.startedBy());
        fields.put("startedAt", cycle.startedAt());
        out.record("output-cycle", fields);
      }
    }
    for (OutputCycle cycle : all) {
      if (cycle.coAuthors().contains(member)) {
        out.record("output-role", Map.of("output", cycle.output(), "role", "CO_AUTHOR"));
      }
      if (cycle.stage() instanceof OutputStage.InReview review && review.reviewers().contains(member)) {
        out.record("output-role", Map.of("output", cycle.output(), "role", "REVIEWER"));
      }
    }
    for (OutputCycle cycle : all) {
      for (Review review : cycle.reviews()) {
        if (review.reviewer().equals(member)) {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("output", cycle.output());
          fields.put("round", review.round());
          fields.put("revision", review.revision());
          fields.put("verdict", review.verdict());
          fields.put("comment", review.comment());
          fields.put("at", review.at());
          out.record("review", fields);
        }
      }
    }
    for (OutputCycle cycle : all) {
      for (Diffusion diffusion : cycle.diffusions()) {
        if (diffusion.by().equals(member)) {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("output", cycle.output());
          fields.put("target", diffusion.target().toString());
          fields.put("note", diffusion.note());
          fields.put("at", diffusion.at());
          out.record("diffusion", fields);
        }
      }
    }
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId pseudonym = erasure.pseudonym();
    return cycles.cycleStore().reassign(erasure.member(), pseudonym, cycle -> {
      if (erasure.policyIn(cycle.community()) != ErasurePolicy.REMOVE) {
        return cycle;
      }
      List<Review> reviews = cycle.reviews().stream().map(r -> r.reviewer().equals(pseudonym) && !r.comment().isEmpty()
          ? new Review(r.reviewer(), r.round(), r.revision(), r.verdict(), Privacy.REMOVED_TEXT, r.at()) : r).toList();
      List<Diffusion> diffusions = cycle.diffusions().stream().map(d -> d.by().equals(pseudonym) && !d.note().isEmpty()
          ? new Diffusion(d.target(), d.by(), d.at(), Privacy.REMOVED_TEXT) : d).toList();
      OutputStage stage = cycle.stage();
      if (stage instanceof OutputStage.Assessed assessed && assessed.assessment().by().equals(pseudonym)) {
        Assessment a = assessed.assessment();
        stage = new OutputStage.Assessed(assessed.publication(),
            new Assessment(Privacy.REMOVED_TEXT, Privacy.REMOVED_TEXT, Privacy.REMOVED_TEXT, a.by(), a.at()));
      }
      return new OutputCycle(cycle.output(), cycle.community(), stage, cycle.coAuthors(), reviews, diffusions,
          cycle.startedBy(), cycle.startedAt(), cycle.version());
    });
  }
}
