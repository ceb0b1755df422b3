package org.copkit.api.shared;

import java.time.Clock;
import java.util.Map;

/**
 * What the host gives an add-on (a moderation rule, ranking signal or activity classifier) when the
 * platform is built: the add-on's {@code start} receives it once, before any other call.
 *
 * @param name the add-on's name, as the platform admitted it
 * @param directory the host's directory of people (who someone is, their organisational unit)
 * @param configuration the add-on's own settings, as the host gave them on the builder ({@code
 *     addOnConfiguration(name, settings)}); empty when none were given
 * @param clock the platform's clock: the time an add-on uses, so that tests can set it
 */
public record AddOnContext(String name, Directory directory, Map<String, String> configuration, Clock clock) {

  /** Validates and copies the fields. */
  public AddOnContext {
    Validation.required("name", name);
    Validation.required("directory", directory);
    configuration = Map.copyOf(Validation.required("configuration", configuration));
    Validation.required("clock", clock);
  }

  /**
   * @param key a setting's name
   * @param fallback what to use when the host did not set it
   * @return the setting, or the fallback
   */
  public String setting(String key, String fallback) {
    return configuration.getOrDefault(key, fallback);
  }
}
