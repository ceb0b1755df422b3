package org.copkit.api.analytics;

import java.util.EnumMap;
import java.util.Map;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Is the community alive? A score from the window's measures, the factors it was made of, and the
 * community's dormancy.
 *
 * <p>{@code score = round(100 · Σ_f w_f·v_f / Σ_f w_f)} over the {@link HealthFactor factors} that
 * apply, where {@code v_f} is the factor's value (0 to 1) and {@code w_f} its weight. The score
 * describes the window; dormancy describes the community now.
 *
 * @param score 0 (lifeless) to 100 (thriving)
 * @param factors the value of every factor that applies, 0 to 1
 * @param dormancy whether the community is fading away
 */
public record Health(int score, Map<HealthFactor, Double> factors, Dormancy dormancy) {

  /** Validates and copies the fields. */
  public Health {
    Validation.between("score", score, 0, 100);
    Validation.required("factors", factors);
    Map<HealthFactor, Double> copy = new EnumMap<>(HealthFactor.class);
    factors.forEach((factor, value) -> {
      if (factor == null || value == null) {
        throw new InvalidInputException("factors", "must not contain null");
      }
      copy.put(factor, Checks.fraction("factors", value));
    });
    factors = Map.copyOf(copy);
    Validation.required("dormancy", dormancy);
  }
}
