package org.copkit.core.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.MemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendors' {@link RankingSignal}s of a platform: those registered, then those discovered (see
 * {@code CopPlatform.Builder#discoverRankingSignals}). A signal that has an invalid or taken name,
 * throws, or returns a term that is not finite is reported with a warning and skipped (for that
 * call, or for good when its name is refused); it never fails the feed.
 */
final class VendorSignals {

  private static final Logger LOG = LoggerFactory.getLogger(VendorSignals.class);
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final List<RankingSignal> signals;

  private VendorSignals(List<RankingSignal> signals) {
    this.signals = List.copyOf(signals);
  }

  /**
   * @param signals the registered signals, then the discovered ones, in order
   * @return the signals whose names are valid and not taken
   */
  static VendorSignals of(List<RankingSignal> signals) {
    Set<String> names = new HashSet<>();
    Arrays.stream(BuiltInSignal.values()).map(BuiltInSignal::signalName).forEach(names::add);
    List<RankingSignal> accepted = new ArrayList<>();
    signals.forEach(signal -> accept(signal, names, accepted));
    return new VendorSignals(accepted);
  }

  private static void accept(RankingSignal signal, Set<String> names, List<RankingSignal> accepted) {
    String name;
    try {
      name = signal.name();
    } catch (RuntimeException e) {
      LOG.warn("Skipping ranking signal {}: its name() failed", signal.getClass().getName(), e);
      return;
    }
    if (name == null || !NAME.matcher(name).matches()) {
      LOG.warn("Skipping ranking signal {}: invalid name '{}'", signal.getClass().getName(), name);
    } else if (!names.add(name)) {
      LOG.warn("Skipping ranking signal {}: the name '{}' is taken", signal.getClass().getName(), name);
    } else {
      accepted.add(signal);
    }
  }

  int size() {
    return signals.size();
  }

  String name(int signal) {
    return signals.get(signal).name();
  }

  /** @return each signal's term for a newly published activity; zero for a failing one */
  float[] activityTerms(Activity activity) {
    float[] terms = new float[signals.size()];
    for (int i = 0; i < terms.length; i++) {
      RankingSignal signal = signals.get(i);
      try {
        double term = signal.activityTerm(activity);
        if (Double.isFinite(term)) {
          terms[i] = (float) term;
        } else {
          LOG.warn("Ranking signal '{}' gave {} for activity {}; counted as 0", signal.name(), term, activity.id());
        }
      } catch (RuntimeException e) {
        LOG.warn("Ranking signal '{}' failed for activity {}; counted as 0", signal.name(), activity.id(), e);
      }
    }
    return terms;
  }

  /** @return each signal's terms for a member; none for a failing one */
  MemberTerms[] memberTerms(MemberId member) {
    MemberTerms[] terms = new MemberTerms[signals.size()];
    for (int i = 0; i < terms.length; i++) {
      RankingSignal signal = signals.get(i);
      try {
        terms[i] = Objects.requireNonNull(signal.memberTerms(member), "memberTerms");
      } catch (RuntimeException e) {
        LOG.warn("Ranking signal '{}' failed for member {}; skipped", signal.name(), member, e);
        terms[i] = MemberTerms.none();
      }
    }
    return terms;
  }
}
