package org.copkit.webapp;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.copkit.api.community.Community;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.Explanation;
import org.copkit.api.feed.Feed;
import org.copkit.api.feed.FeedItem;
import org.copkit.api.feed.FeedQuery;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The member's ranked feed, and why an item is in it. */
@Controller
class FeedPages {

  /** One feed item as the page shows it: the thread it leads to, when it is one. */
  record Entry(FeedItem item, String community, String author, String title, String threadId) {}

  private final CopPlatform platform;
  private final Feed feed;
  private final People people;

  FeedPages(CopPlatform platform, Feed feed, People people) {
    this.platform = platform;
    this.feed = feed;
    this.people = people;
  }

  @GetMapping({"/", "/feed"})
  String feed(Principal principal, Model model) {
    MemberId actor = Actor.of(principal);
    var page = feed.feed(actor, FeedQuery.first(30));
    List<Entry> entries = new ArrayList<>();
    for (FeedItem item : page.items()) {
      Community community = platform.communityQueries().community(actor, item.community());
      String title = item.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      String threadId = null;
      try {
        DiscussionThread thread = platform.discussionQueries()
            .thread(actor, new ThreadId(item.activity().value()), PageRequest.first(1)).thread();
        title = thread.title();
        threadId = thread.id().toString();
      } catch (CopException notAThread) {
        // an accepted answer or another kind of activity: shown by its kind
      }
      entries.add(new Entry(item, community.name(), people.name(item.author()), title, threadId));
    }
    model.addAttribute("entries", entries);
    model.addAttribute("stale", page.stale());
    return "feed";
  }

  @GetMapping("/feed/why/{activity}")
  String why(Principal principal, @PathVariable String activity, Model model) {
    Explanation explanation = feed.explain(Actor.of(principal), ActivityId.of(activity));
    model.addAttribute("explanation", explanation);
    return "why";
  }
}
