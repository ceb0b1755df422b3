package org.copkit.core.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.BuiltInSignal;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.MemberId;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.AddOns;

/**
 * The vendors' {@link RankingSignal}s of a platform: those registered, then those discovered (see
 * {@code CopPlatform.Builder#discoverRankingSignals}), admitted by name when the platform was built.
 *
 * <p>Every term is bounded: a term outside {@code [-RankingSignal.MAX_TERM, RankingSignal.MAX_TERM]},
 * or not finite, is a failure of that call, as a throw is, and counts as zero; the bound is checked
 * again on the {@code float} an activity term is stored in, and the ranking reads a stored term out of
 * range as zero, so no stored value can break a feed. An activity term is asked on the publishing
 * thread (as the SPI says; a rebuild of the index asks it for every activity, so no thread hand-off),
 * and member terms within the time budget: a late member call is answered without the signal's terms, or with the last terms it gave in time for that
 * member within {@link #KEEP}, and the explanation says so.
 */
final class VendorSignals {

  /** How long a member's last good terms stand in for a late or failed call. */
  static final Duration KEEP = Duration.ofMinutes(10);
  /** How many members' last good terms each signal keeps. */
  static final int KEPT_MEMBERS = 10_000;
  /** The budget of {@link #of(List)}, which tests use: generous, so that a busy machine is not late. */
  private static final Duration TEST_BUDGET = Duration.ofSeconds(2);

  private final List<AddOn<RankingSignal>> signals;
  private final boolean[] activityTerms;
  private final boolean[] memberTerms;
  private final List<Map<MemberId, Kept>> lastGood;
  private final Duration budget;
  private final Clock clock;

  /** A member's terms as a signal last gave them in time. */
  private record Kept(MemberTerms terms, Instant at) {}

  /**
   * A member's terms for one request, and what to say about those not given in time.
   *
   * @param terms each signal's terms
   * @param notes each signal's note, or null when it answered
   */
  record Terms(MemberTerms[] terms, String[] notes) {
    Optional<String> note(int signal) {
      return Optional.ofNullable(notes[signal]);
    }
  }

  VendorSignals(List<AddOn<RankingSignal>> signals, Duration budget, Clock clock) {
    this.signals = List.copyOf(signals);
    this.budget = budget;
    this.clock = clock;
    this.activityTerms = new boolean[signals.size()];
    this.memberTerms = new boolean[signals.size()];
    this.lastGood = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      Class<?> type = signals.get(i).provider().getClass();
      activityTerms[i] = overrides(type, "activityTerm", Activity.class);
      memberTerms[i] = overrides(type, "memberTerms", MemberId.class);
      lastGood.add(new ConcurrentHashMap<>());
    }
  }

  /**
   * @param signals the registered signals, then the discovered ones, in order
   * @return the signals whose names are valid and not taken (the others are reported and skipped),
   *     with a generous budget
   */
  static VendorSignals of(List<RankingSignal> signals) {
    return new VendorSignals(admit(new AddOns(BrokenAddOns.SKIP), signals), TEST_BUDGET, Clock.systemUTC());
  }

  /**
   * @param addOns the platform's add-ons
   * @param signals the registered signals, then the discovered ones, in order
   * @return the signals admitted, by name: not a built-in signal's name, and not taken
   */
  static List<AddOn<RankingSignal>> admit(AddOns addOns, List<? extends RankingSignal> signals) {
    return addOns.admit("ranking-signal", signals, RankingSignal::name,
        Arrays.stream(BuiltInSignal.values()).map(BuiltInSignal::signalName).toList());
  }

  private static boolean overrides(Class<?> type, String method, Class<?> parameter) {
    try {
      return type.getMethod(method, parameter).getDeclaringClass() != RankingSignal.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return true;
    }
  }

  int size() {
    return signals.size();
  }

  String name(int signal) {
    return signals.get(signal).name();
  }

  /**
   * @param stored a vendor term as stored with an activity
   * @return it, or zero when it is out of range: the ranking is total over whatever was stored
   */
  static double stored(float stored) {
    return Math.abs(stored) <= RankingSignal.MAX_TERM ? stored : 0;
  }

  /** @return each signal's term for a newly published activity; zero for a failing one */
  float[] activityTerms(Activity activity) {
    float[] terms = new float[signals.size()];
    for (int i = 0; i < terms.length; i++) {
      if (!activityTerms[i]) {
        continue;
      }
      AddOn.Result<Double> result = signals.get(i).call("activityTerm(" + activity.id() + ")",
          signal -> signal.activityTerm(activity), VendorSignals::termProblem);
      if (result instanceof AddOn.Result.Answer<Double> answer) {
        float term = (float) answer.value().doubleValue();
        terms[i] = Float.isFinite(term) && Math.abs(term) <= RankingSignal.MAX_TERM ? term : 0;
      }
    }
    return terms;
  }

  /** @return each signal's terms for a member; none, or the last good ones, for a failing or late one */
  Terms memberTerms(MemberId member) {
    MemberTerms[] terms = new MemberTerms[signals.size()];
    String[] notes = new String[signals.size()];
    Instant now = clock.instant();
    for (int i = 0; i < terms.length; i++) {
      terms[i] = MemberTerms.none();
      if (!memberTerms[i]) {
        continue;
      }
      Map<MemberId, Kept> kept = lastGood.get(i);
      AddOn.Result<MemberTerms> result = signals.get(i).callWithin("memberTerms(" + member + ")", budget,
          signal -> signal.memberTerms(member), answer -> null, late -> keep(kept, member, late));
      if (result instanceof AddOn.Result.Answer<MemberTerms> answer) {
        terms[i] = answer.value();
        keep(kept, member, answer.value());
        continue;
      }
      String what = result instanceof AddOn.Result.Late<MemberTerms>
          ? "did not answer within " + budget.toMillis() + " ms"
          : "failed";
      Kept last = kept.get(member);
      if (last != null && !last.at().isBefore(now.minus(KEEP))) {
        terms[i] = last.terms();
        notes[i] = "this signal " + what + "; its last terms for this member, from " + last.at() + ", stand in";
      } else {
        notes[i] = "this signal " + what + "; ranked without its terms for this member";
      }
    }
    return new Terms(terms, notes);
  }

  private void keep(Map<MemberId, Kept> kept, MemberId member, MemberTerms terms) {
    if (kept.size() >= KEPT_MEMBERS && !kept.containsKey(member)) {
      Instant stale = clock.instant().minus(KEEP);
      kept.values().removeIf(k -> k.at().isBefore(stale));
      if (kept.size() >= KEPT_MEMBERS) {
        kept.clear();
      }
    }
    kept.put(member, new Kept(terms, clock.instant()));
  }

  private static String termProblem(Double term) {
    return Double.isFinite(term) && Math.abs(term) <= RankingSignal.MAX_TERM
        ? null
        : "returned " + term + ", not a finite term within [-" + RankingSignal.MAX_TERM + ", " + RankingSignal.MAX_TERM + "]";
  }
}
