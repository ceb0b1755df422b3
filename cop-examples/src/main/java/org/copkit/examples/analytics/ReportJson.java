package org.copkit.examples.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.ComponentBalance;
import org.copkit.api.analytics.Dormancy;
import org.copkit.api.analytics.LorenzPoint;
import org.copkit.api.analytics.Movement;
import org.copkit.api.analytics.Participation;
import org.copkit.api.analytics.ParticipationClass;
import org.copkit.api.analytics.PeriodFigures;
import org.copkit.api.analytics.QuestionFigures;
import org.copkit.api.analytics.Series;
import org.copkit.api.analytics.TierParticipation;
import org.copkit.api.analytics.Window;
import org.copkit.examples.stackexchange.ImportSummary;

/**
 * Writes a community's report as JSON. The shape is this class's, not the API records': the
 * top-level object {@code participation} holds {@code members}, {@code contributions}, {@code
 * contributors}, {@code activeParticipationRate}, {@code heavy}, {@code intermittent}, {@code
 * lurkers}, {@code gini}, {@code top1PercentShare} and the {@code lorenz} curve; beside it are
 * {@code community}, {@code window}, {@code generatedAt}, {@code thresholds}, {@code tiers}, {@code
 * movement}, {@code components}, {@code questions}, {@code health}, {@code weekly}, {@code monthly}
 * and {@code import}. Instants and windows are ISO-8601 text, rates and shares unrounded numbers.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /**
   * @param analysed the community, its report and its import
   * @return the report as indented JSON
   */
  public static String json(AnalysedCommunity analysed) {
    try {
      return MAPPER.writeValueAsString(tree(analysed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param analysed the community, its report and its import
   * @param file where to write the JSON, replaced if it exists
   */
  public static void write(AnalysedCommunity analysed, Path file) {
    try {
      Files.writeString(file, json(analysed));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static ObjectNode tree(AnalysedCommunity analysed) {
    CommunityReport report = analysed.report();
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("community")
        .put("id", report.community().toString())
        .put("name", analysed.name())
        .put("source", analysed.source());
    root.set("window", window(report.window()));
    root.put("generatedAt", report.generatedAt().toString());
    root.putObject("thresholds").put("heavyFrom", report.thresholds().heavyFrom());
    root.set("participation", participation(report.participation()));
    ArrayNode tiers = root.putArray("tiers");
    report.tiers().forEach(tier -> tiers.add(tier(tier)));
    root.set("movement", movement(report.movement()));
    root.set("components", components(report.components()));
    root.set("questions", questions(report.questions()));
    root.set("health", health(report));
    root.set("weekly", series(report.weekly()));
    root.set("monthly", series(report.monthly()));
    root.set("import", imported(analysed));
    return root;
  }

  private static ObjectNode participation(Participation participation) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("members", participation.members())
        .put("contributions", participation.contributions())
        .put("contributors", participation.contributors())
        .put("activeParticipationRate", participation.activeParticipationRate())
        .put("heavy", participation.heavy())
        .put("intermittent", participation.intermittent())
        .put("lurkers", participation.lurkers())
        .put("gini", participation.gini())
        .put("top1PercentShare", participation.top1PercentShare());
    ArrayNode lorenz = node.putArray("lorenz");
    for (LorenzPoint point : participation.lorenz()) {
      lorenz.addObject().put("memberShare", point.memberShare()).put("contributionShare", point.contributionShare());
    }
    return node;
  }

  private static ObjectNode tier(TierParticipation tier) {
    return MAPPER.createObjectNode()
        .put("tier", tier.tier().name())
        .put("members", tier.members())
        .put("contributions", tier.contributions())
        .put("contributors", tier.contributors())
        .put("activeParticipationRate", tier.activeParticipationRate());
  }

  private static ObjectNode movement(Movement movement) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("previous", window(movement.previous()));
    ObjectNode transitions = node.putObject("transitions");
    for (ParticipationClass from : ParticipationClass.values()) {
      ObjectNode row = transitions.putObject(from.name());
      for (ParticipationClass to : ParticipationClass.values()) {
        row.put(to.name(), movement.count(from, to));
      }
    }
    return node.put("joined", movement.joined())
        .put("activated", movement.activated())
        .put("lapsed", movement.lapsed())
        .put("retained", movement.retained())
        .put("stillLurking", movement.stillLurking());
  }

  private static ObjectNode components(ComponentBalance balance) {
    ObjectNode node = MAPPER.createObjectNode();
    node.set("contributions", counts(balance.contributions()));
    return node.put("evenness", balance.evenness());
  }

  private static ObjectNode questions(QuestionFigures questions) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("asked", questions.asked())
        .put("answered", questions.answered())
        .put("accepted", questions.accepted())
        .put("shareAnswered", questions.shareAnswered())
        .put("shareAccepted", questions.shareAccepted());
    questions.medianTimeToFirstAnswer().ifPresentOrElse(
        median -> node.put("medianTimeToFirstAnswer", median.toString()).put("medianSecondsToFirstAnswer", median.toSeconds()),
        () -> node.putNull("medianTimeToFirstAnswer"));
    return node;
  }

  private static ObjectNode health(CommunityReport report) {
    ObjectNode node = MAPPER.createObjectNode().put("score", report.health().score());
    ObjectNode factors = node.putObject("factors");
    report.health().factors().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(factor -> factors.put(factor.getKey().name(), factor.getValue()));
    node.set("dormancy", dormancy(report.health().dormancy()));
    return node;
  }

  private static ObjectNode dormancy(Dormancy dormancy) {
    ObjectNode node = MAPPER.createObjectNode();
    if (dormancy instanceof Dormancy.Awake awake) {
      node.put("state", "AWAKE").put("dueAt", awake.dueAt().toString());
    } else if (dormancy instanceof Dormancy.Due due) {
      node.put("state", "DUE").put("quietFor", due.quietFor().toString());
    } else if (dormancy instanceof Dormancy.Asleep) {
      node.put("state", "ASLEEP");
    } else if (dormancy instanceof Dormancy.OutsideCycle outside) {
      node.put("state", "OUTSIDE_CYCLE").put("stage", outside.stage().name());
    }
    return node.put("lastActivityAt", dormancy.lastActivityAt().toString());
  }

  private static ObjectNode series(Series series) {
    ObjectNode node = MAPPER.createObjectNode()
        .put("granularity", series.granularity().name())
        .put("zone", series.zone().getId());
    ArrayNode periods = node.putArray("periods");
    for (PeriodFigures period : series.periods()) {
      ObjectNode row = periods.addObject()
          .put("from", period.period().from().toString())
          .put("to", period.period().to().toString())
          .put("members", period.members())
          .put("contributions", period.contributions())
          .put("contributors", period.contributors())
          .put("heavy", period.heavy())
          .put("intermittent", period.intermittent())
          .put("lurkers", period.lurkers())
          .put("questionsAsked", period.questionsAsked())
          .put("questionsAnswered", period.questionsAnswered())
          .put("questionsAccepted", period.questionsAccepted());
      row.set("components", counts(period.components()));
    }
    return node;
  }

  private static ObjectNode imported(AnalysedCommunity analysed) {
    ImportSummary summary = analysed.imported();
    ObjectNode node = MAPPER.createObjectNode().put("tookMillis", analysed.importTook().toMillis());
    ObjectNode kinds = node.putObject("rows");
    for (ImportSummary.Kind kind : ImportSummary.Kind.values()) {
      ImportSummary.Tally tally = summary.tally(kind);
      ObjectNode row = kinds.putObject(kind.name())
          .put("read", tally.read())
          .put("imported", tally.imported())
          .put("byStandIn", tally.byStandIn())
          .put("truncated", tally.truncated())
          .put("skipped", tally.skippedTotal());
      row.set("skippedBecause", counts(tally.skipped()));
    }
    node.put("acceptedAnswers", summary.acceptedAnswers());
    ArrayNode refusals = node.putArray("refusals");
    summary.refusals().forEach(refusals::add);
    return node;
  }

  private static ObjectNode window(Window window) {
    return MAPPER.createObjectNode().put("from", window.from().toString()).put("to", window.to().toString());
  }

  private static <E extends Enum<E>> ObjectNode counts(Map<E, Long> counts) {
    ObjectNode node = MAPPER.createObjectNode();
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(count -> node.put(count.getKey().name(), count.getValue()));
    return node;
  }
}
