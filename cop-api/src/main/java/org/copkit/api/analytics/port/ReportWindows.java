package org.copkit.api.analytics.port;

import java.util.Set;
import org.copkit.api.analytics.Window;
import org.copkit.api.shared.Validation;

/**
 * The windows of one report, for each count that {@link Contributions#report} makes: a report asks
 * for all its counts at once, so that an adapter may read the posts once for all of them.
 *
 * @param members the windows of {@link Contributions#members}
 * @param contributors the windows of {@link Contributions#contributors}
 * @param histograms the windows of {@link Contributions#histograms}
 * @param components the windows of {@link Contributions#byComponent}
 * @param questions the windows of {@link Contributions#questions}
 */
public record ReportWindows(
    Set<Window> members,
    Set<Window> contributors,
    Set<Window> histograms,
    Set<Window> components,
    Set<Window> questions) {

  /** Validates and copies the fields; any of them may be empty. */
  public ReportWindows {
    members = Set.copyOf(Validation.noNulls("members", Validation.required("members", members)));
    contributors = Set.copyOf(Validation.noNulls("contributors", Validation.required("contributors", contributors)));
    histograms = Set.copyOf(Validation.noNulls("histograms", Validation.required("histograms", histograms)));
    components = Set.copyOf(Validation.noNulls("components", Validation.required("components", components)));
    questions = Set.copyOf(Validation.noNulls("questions", Validation.required("questions", questions)));
  }
}
