package org.copkit.webapp;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.CommunitySearch;
import org.copkit.api.community.JoinOutcome;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Communities to browse and join; a community's threads and the editor for a new one. */
@Controller
class CommunityPages {

  private final CopPlatform platform;
  private final MarkdownPreview preview;
  private final People people;

  CommunityPages(CopPlatform platform, MarkdownPreview preview, People people) {
    this.platform = platform;
    this.preview = preview;
    this.people = people;
  }

  @GetMapping("/communities")
  String communities(Principal principal, Model model) {
    MemberId actor = Actor.of(principal);
    List<Community> communities =
        platform.communityQueries().communities(actor, CommunitySearch.all(PageRequest.first(100))).items();
    Set<CommunityId> mine = platform.communityQueries().memberships(actor, actor).stream()
        .map(Membership::community).collect(Collectors.toSet());
    model.addAttribute("communities", communities);
    model.addAttribute("mine", mine);
    return "communities";
  }

  @PostMapping("/communities/{id}/join")
  String join(Principal principal, @PathVariable String id, RedirectAttributes flash) {
    JoinOutcome outcome = platform.joining().join(Actor.of(principal), CommunityId.of(id), "");
    flash.addFlashAttribute("notice", outcome instanceof JoinOutcome.Joined
        ? "You are a member now." : "Your request waits for an e-moderator.");
    return "redirect:/communities/" + id;
  }

  @GetMapping("/communities/{id}")
  String community(Principal principal, @PathVariable String id, Model model) {
    return page(Actor.of(principal), CommunityId.of(id), model, "", "", null);
  }

  @PostMapping("/communities/{id}/threads")
  String start(Principal principal, @PathVariable String id, @RequestParam String title, @RequestParam String body,
      @RequestParam(required = false) String preview, Model model, RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    CommunityId community = CommunityId.of(id);
    if (preview != null) {
      model.addAttribute("previewHtml", this.preview.html(body));
      return page(actor, community, model, title, body, null);
    }
    PostOutcome outcome;
    try {
      outcome = platform.discussions().start(actor, StartThread.discussion(community, title, body));
    } catch (InvalidInputException e) {
      return page(actor, community, model, title, body, e.getMessage());
    }
    if (outcome instanceof PostOutcome.Rejected rejected) {
      return page(actor, community, model, title, body, rejected.reason());
    }
    if (outcome instanceof PostOutcome.Held held) {
      flash.addFlashAttribute("notice", "Your thread waits for an e-moderator: " + held.reason());
      return "redirect:/threads/" + held.thread().id();
    }
    return "redirect:/threads/" + ((PostOutcome.Published) outcome).thread().id();
  }

  private String page(MemberId actor, CommunityId id, Model model, String title, String body, String error) {
    Community community = platform.communityQueries().community(actor, id);
    Membership membership = platform.communityQueries().memberships(actor, actor).stream()
        .filter(m -> m.community().equals(id)).findFirst().orElse(null);
    List<DiscussionThread> threads = membership == null ? List.of()
        : platform.discussionQueries().threads(actor, new ThreadSearch(id, ThreadOrder.NEWEST, PageRequest.first(50))).items();
    Set<MemberId> authors = threads.stream().map(DiscussionThread::author).collect(Collectors.toCollection(LinkedHashSet::new));
    model.addAttribute("community", community);
    model.addAttribute("membership", membership);
    model.addAttribute("moderator", membership != null && membership.roles().contains(Role.E_MODERATOR));
    model.addAttribute("threads", threads);
    model.addAttribute("names", people.names(authors));
    model.addAttribute("title", title);
    model.addAttribute("body", body);
    model.addAttribute("error", error);
    return "community";
  }
}
