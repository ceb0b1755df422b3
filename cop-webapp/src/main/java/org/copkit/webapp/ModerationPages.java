package org.copkit.webapp;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.ApproveRequest;
import org.copkit.api.community.Community;
import org.copkit.api.community.DeclineRequest;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.discussion.ThreadView;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.shared.CopException;
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

/**
 * The e-moderator's desk, for every community they moderate: the review queue (held posts, flagged
 * posts, threads and knowledge items, with the flags' reasons) to approve or reject and hide with a
 * statement of reasons, and the pending join requests to approve in a tier or decline with a reason.
 */
@Controller
class ModerationPages {

  /** A waiting item with what it is about, where to read it and why members flagged it. */
  record Waiting(ReviewItem item, String what, String html, String href, List<String> flags) {}

  /** A person asking to join, with their name. */
  record Asking(JoinRequest request, String name) {}

  /** One community's queue and its pending join requests. */
  record Queue(Community community, List<Waiting> items, List<Asking> requests) {}

  private final CopPlatform platform;
  private final People people;

  ModerationPages(CopPlatform platform, People people) {
    this.platform = platform;
    this.people = people;
  }

  @GetMapping("/moderation")
  String queues(Principal principal, Model model) {
    MemberId actor = Actor.of(principal);
    List<Queue> queues = new ArrayList<>();
    for (Membership membership : platform.communityQueries().memberships(actor, actor)) {
      if (!membership.roles().contains(Role.E_MODERATOR)) {
        continue;
      }
      List<Waiting> waiting = new ArrayList<>();
      for (ReviewItem item : platform.moderationQueries()
          .queue(actor, membership.community(), PageRequest.first(50)).items()) {
        waiting.add(describe(actor, item));
      }
      List<Asking> asking = new ArrayList<>();
      for (JoinRequest request : platform.communityQueries()
          .pendingRequests(actor, membership.community(), PageRequest.first(50)).items()) {
        asking.add(new Asking(request, people.name(request.requester())));
      }
      queues.add(new Queue(platform.communityQueries().community(actor, membership.community()), waiting, asking));
    }
    model.addAttribute("queues", queues);
    model.addAttribute("tiers", List.of(Tier.PARTICIPANT, Tier.OBSERVER, Tier.CORE));
    return "moderation";
  }

  @PostMapping("/moderation/requests/{request}/approve")
  String approve(Principal principal, @PathVariable String request, @RequestParam String tier,
      RedirectAttributes flash) {
    var membership = platform.joining().approve(Actor.of(principal),
        new ApproveRequest(JoinRequestId.of(request), KnowledgePages.choice("tier", Tier.class, tier)));
    flash.addFlashAttribute("notice", people.name(membership.member()) + " joined as " + membership.tier() + ".");
    return "redirect:/moderation";
  }

  @PostMapping("/moderation/requests/{request}/decline")
  String decline(Principal principal, @PathVariable String request, @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    platform.joining().decline(Actor.of(principal), new DeclineRequest(JoinRequestId.of(request), reason));
    flash.addFlashAttribute("notice", "Declined, with your reason.");
    return "redirect:/moderation";
  }

  private Waiting describe(MemberId actor, ReviewItem item) {
    Waiting waiting = subject(actor, item);
    List<String> flags = new ArrayList<>();
    for (Flag flag : platform.moderationQueries().flags(actor, item.id())) {
      flags.add(flag.reason() + (flag.text().isEmpty() ? "" : ": " + flag.text()) + " (" + people.name(flag.flagger()) + ")");
    }
    return new Waiting(waiting.item(), waiting.what(), waiting.html(), waiting.href(), flags);
  }

  private Waiting subject(MemberId actor, ReviewItem item) {
    if (item.subject() instanceof ModerationSubject.OfKnowledgeItem knowledge) {
      try {
        var read = platform.knowledgeQueries().item(actor, knowledge.item());
        return new Waiting(item, "Knowledge item «" + read.current().content().title() + "»", read.current().html(),
            "/knowledge/" + read.id(), List.of());
      } catch (CopException gone) {
        return new Waiting(item, "A knowledge item", "", null, List.of());
      }
    }
    if (item.subject() instanceof ModerationSubject.OfThread thread) {
      try {
        ThreadView view = platform.discussionQueries().thread(actor, thread.thread(), PageRequest.first(1));
        String html = view.posts().items().isEmpty() ? "" : view.posts().items().get(0).post().html();
        return new Waiting(item, "Thread «" + view.thread().title() + "»", html, "/threads/" + thread.thread(), List.of());
      } catch (CopException gone) {
        return new Waiting(item, "A thread", "", null, List.of());
      }
    }
    if (item.subject() instanceof ModerationSubject.OfPost post) {
      // the opening post of a recent thread, or a reply
      for (DiscussionThread thread : platform.discussionQueries()
          .threads(actor, new ThreadSearch(item.community(), ThreadOrder.NEWEST, PageRequest.first(100))).items()) {
        ThreadView view = platform.discussionQueries().thread(actor, thread.id(), PageRequest.first(PageRequest.MAX_SIZE));
        for (var shown : view.posts().items()) {
          if (shown.post().id().equals(post.post())) {
            String what = thread.openingPost().equals(post.post())
                ? "Thread «" + thread.title() + "»" : "A reply in «" + thread.title() + "»";
            return new Waiting(item, what, shown.post().html(), "/threads/" + thread.id(), List.of());
          }
        }
      }
      return new Waiting(item, "A post", "", null, List.of());
    }
    if (item.subject() instanceof ModerationSubject.OfItemComment) {
      return new Waiting(item, "A comment on a knowledge item", "", null, List.of());
    }
    return new Waiting(item, "A member", "", null, List.of());
  }

  @PostMapping("/moderation/{item}")
  String decide(Principal principal, @PathVariable String item, @RequestParam long version,
      @RequestParam String decision, @RequestParam(defaultValue = "") String reasons, RedirectAttributes flash) {
    Decision chosen = switch (decision) {
      case "approve" -> new Decision.Approve();
      case "reject" -> new Decision.Reject(reasons);
      default -> throw new org.copkit.api.shared.InvalidInputException("decision", "must be approve or reject");
    };
    platform.moderation().decide(Actor.of(principal), new Decide(ReviewItemId.of(item), version, chosen));
    flash.addFlashAttribute("notice", decision.equals("approve") ? "Approved." : "Rejected, with your statement of reasons.");
    return "redirect:/moderation";
  }
}
