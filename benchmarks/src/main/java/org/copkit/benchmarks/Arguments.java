package org.copkit.benchmarks;

/** The {@code name=value} arguments of the measured harnesses' {@code main} methods. */
public final class Arguments {

  private Arguments() {}

  /**
   * @param arg one argument
   * @return its name and its value
   * @throws IllegalArgumentException when it is not {@code name=value}
   */
  public static String[] nameAndValue(String arg) {
    String[] pair = arg.split("=", 2);
    if (pair.length != 2 || pair[0].isEmpty()) {
      throw new IllegalArgumentException("expected name=value, not " + arg);
    }
    return pair;
  }
}
