package org.copkit.webapp;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadView;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
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

/** A thread with its replies, and the reply editor with its preview. */
@Controller
class ThreadPages {

  private final CopPlatform platform;
  private final MarkdownPreview preview;
  private final People people;

  ThreadPages(CopPlatform platform, MarkdownPreview preview, People people) {
    this.platform = platform;
    this.preview = preview;
    this.people = people;
  }

  @GetMapping("/threads/{id}")
  String thread(Principal principal, @PathVariable String id, Model model) {
    return page(Actor.of(principal), ThreadId.of(id), model, "", null);
  }

  @PostMapping("/threads/{id}/replies")
  String reply(Principal principal, @PathVariable String id, @RequestParam String body,
      @RequestParam(required = false) String preview, Model model, RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    ThreadId thread = ThreadId.of(id);
    if (preview != null) {
      model.addAttribute("previewHtml", this.preview.html(body));
      return page(actor, thread, model, body, null);
    }
    PostOutcome outcome;
    try {
      outcome = platform.discussions().reply(actor, Reply.to(thread, body));
    } catch (InvalidInputException e) {
      return page(actor, thread, model, body, e.getMessage());
    }
    if (outcome instanceof PostOutcome.Rejected rejected) {
      return page(actor, thread, model, body, rejected.reason());
    }
    if (outcome instanceof PostOutcome.Held held) {
      flash.addFlashAttribute("notice", "Your reply waits for an e-moderator: " + held.reason());
    }
    return "redirect:/threads/" + id;
  }

  @PostMapping("/threads/{id}/posts/{post}/flag")
  String flag(Principal principal, @PathVariable String id, @PathVariable String post, @RequestParam String reason,
      @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    ThreadView view = platform.discussionQueries().thread(actor, ThreadId.of(id), PageRequest.first(1));
    platform.moderation().flag(actor, new RaiseFlag(view.thread().community(),
        new ModerationSubject.OfPost(PostId.of(post)), KnowledgePages.choice("reason", FlagReason.class, reason), text));
    flash.addFlashAttribute("notice", "Thank you: the e-moderators will review it.");
    return "redirect:/threads/" + id;
  }

  private String page(MemberId actor, ThreadId id, Model model, String body, String error) {
    ThreadView view = platform.discussionQueries().thread(actor, id, PageRequest.first(PageRequest.MAX_SIZE));
    Set<MemberId> authors = new LinkedHashSet<>();
    authors.add(view.thread().author());
    view.posts().items().stream().map(PostView::post).forEach(post -> authors.add(post.author()));
    model.addAttribute("thread", view.thread());
    model.addAttribute("community", platform.communityQueries().community(actor, view.thread().community()));
    model.addAttribute("posts", view.posts().items());
    model.addAttribute("names", people.names(authors));
    model.addAttribute("body", body);
    model.addAttribute("me_id", actor);
    model.addAttribute("reasons", FlagReason.values());
    model.addAttribute("error", error);
    return "thread";
  }
}
