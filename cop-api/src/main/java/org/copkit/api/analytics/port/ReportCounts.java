package org.copkit.api.analytics.port;

import java.util.List;
import java.util.Map;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.Validation;

/**
 * Every count of one report, as {@link Contributions#report} answers it: each field is what the
 * method of {@link Contributions} of the same name answers for the windows {@link ReportWindows}
 * gives it.
 *
 * @param members as {@link Contributions#members}
 * @param contributors as {@link Contributions#contributors}
 * @param histograms as {@link Contributions#histograms}
 * @param components as {@link Contributions#byComponent}
 * @param questions as {@link Contributions#questions}
 */
public record ReportCounts(
    Map<Window, Map<Tier, Long>> members,
    Map<Window, List<MemberTally>> contributors,
    Map<Window, Map<Long, Long>> histograms,
    Map<Window, Map<CopComponent, Long>> components,
    Map<Window, QuestionTally> questions) {

  /** Validates and copies the fields (the maps, not what they hold). */
  public ReportCounts {
    members = Map.copyOf(Validation.required("members", members));
    contributors = Map.copyOf(Validation.required("contributors", contributors));
    histograms = Map.copyOf(Validation.required("histograms", histograms));
    components = Map.copyOf(Validation.required("components", components));
    questions = Map.copyOf(Validation.required("questions", questions));
  }
}
