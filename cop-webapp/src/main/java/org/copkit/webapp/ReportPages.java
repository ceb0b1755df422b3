package org.copkit.webapp;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import org.copkit.api.analytics.CommunityReport;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.core.CopPlatform;
import org.copkit.report.html.ReportHtml;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A community's participation report over the last 90 days, with the figures and charts of cop-report-html. */
@Controller
class ReportPages {

  private final CopPlatform platform;

  ReportPages(CopPlatform platform) {
    this.platform = platform;
  }

  @GetMapping("/communities/{id}/report")
  String report(Principal principal, @PathVariable String id, Model model) {
    MemberId actor = Actor.of(principal);
    CommunityId community = CommunityId.of(id);
    CommunityReport report = platform.participationReports()
        .community(actor, community, Window.endingAt(Instant.now().plusSeconds(1), Duration.ofDays(90)));
    model.addAttribute("community", platform.communityQueries().community(actor, community));
    model.addAttribute("report", report);
    // built from figures and escaped names only: safe to insert as it is
    model.addAttribute("sections", ReportHtml.sections(report));
    return "report";
  }
}
