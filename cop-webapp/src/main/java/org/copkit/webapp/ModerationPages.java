package org.copkit.webapp;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.Community;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadOrder;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.discussion.ThreadView;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
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

/** The e-moderator's review queues, of every community they moderate, and their decisions. */
@Controller
class ModerationPages {

  /** A waiting item with what it is about. */
  record Waiting(ReviewItem item, String what, String html, String threadId) {}

  /** One community's queue. */
  record Queue(Community community, List<Waiting> items) {}

  private final CopPlatform platform;

  ModerationPages(CopPlatform platform) {
    this.platform = platform;
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
      queues.add(new Queue(platform.communityQueries().community(actor, membership.community()), waiting));
    }
    model.addAttribute("queues", queues);
    return "moderation";
  }

  private Waiting describe(MemberId actor, ReviewItem item) {
    if (item.subject() instanceof ModerationSubject.OfThread thread) {
      try {
        ThreadView view = platform.discussionQueries().thread(actor, thread.thread(), PageRequest.first(1));
        String html = view.posts().items().isEmpty() ? "" : view.posts().items().get(0).post().html();
        return new Waiting(item, "Thread «" + view.thread().title() + "»", html, thread.thread().toString());
      } catch (CopException gone) {
        return new Waiting(item, "A thread", "", null);
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
            return new Waiting(item, what, shown.post().html(), thread.id().toString());
          }
        }
      }
      return new Waiting(item, "A post", "", null);
    }
    return new Waiting(item, "A member", "", null);
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
