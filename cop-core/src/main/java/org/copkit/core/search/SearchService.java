package org.copkit.core.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.search.port.Excerpt;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link Search}: works out from the storage what the reader may see, asks the index with that
 * access (so totals and facets count nothing else), then checks every hit of the page against the
 * storage again, as the reader's standing holds now.
 */
final class SearchService implements Search {

  private final CopStorage storage;
  private final CommunityGate communities;
  private final SearchIndex index;
  private final SearchSync sync;
  private final UnitOfWork unitOfWork;

  SearchService(CopStorage storage, CommunityGate communities, SearchIndex index, SearchSync sync) {
    this.storage = storage;
    this.communities = communities;
    this.index = index;
    this.sync = sync;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  @Override
  public SearchResults search(MemberId readerId, SearchQuery query) {
    Validation.required("query", query);
    Actor actor = unitOfWork.read(() -> communities.actor(readerId));
    boolean stale = false;
    try {
      sync.catchUp();
    } catch (RuntimeException e) {
      stale = true; // reported by the sync; the index answers with what it holds
    }
    stale = stale || sync.stale();
    SearchAccess access = unitOfWork.read(() -> access(actor));
    PageRequest page = query.page();
    IndexResult found = index.query(new IndexQuery(query.text(), access, query.communities(), query.kinds(), query.tags(),
        query.authors(), query.from(), query.until(), (int) page.offset(), page.size(), SearchResults.MAX_FACET_VALUES));
    List<SearchHit> hits = unitOfWork.read(() -> recheck(actor, found.hits()));
    long total = Math.max(hits.size() + page.offset(), found.total() - (found.hits().size() - hits.size()));
    return new SearchResults(new Page<>(hits, page, total), found.facets(), stale);
  }

  /** What the actor may see, from their memberships and the OPEN communities, as stored now. */
  private SearchAccess access(Actor actor) {
    if (actor.isAdministrator()) {
      return SearchAccess.all();
    }
    Set<CommunityId> readable = new HashSet<>();
    Set<CommunityId> core = new HashSet<>();
    Set<CommunityId> moderated = new HashSet<>();
    for (Membership membership : storage.memberships().ofMember(actor.id())) {
      readable.add(membership.community());
      if (membership.tier() == Tier.CORE) {
        core.add(membership.community());
      }
      if (membership.has(Role.E_MODERATOR)) {
        moderated.add(membership.community());
      }
    }
    CommunityFilter open = new CommunityFilter(EnumSet.of(Visibility.OPEN), EnumSet.allOf(Stage.class), Optional.empty());
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<org.copkit.api.community.Community> page = storage.communities().search(open, request);
      page.items().forEach(community -> readable.add(community.id()));
      if (!page.hasNext()) {
        break;
      }
      request = request.next();
    }
    return new SearchAccess(false, Optional.of(actor.id()), readable, core, moderated);
  }

  /** The hits the actor may still read, as the storage holds them now. */
  private List<SearchHit> recheck(Actor actor, List<IndexHit> found) {
    Map<CommunityId, Optional<Standing>> standings = new HashMap<>();
    List<SearchHit> hits = new ArrayList<>(found.size());
    for (IndexHit hit : found) {
      try {
        visible(actor, hit, standings).ifPresent(hits::add);
      } catch (org.copkit.api.shared.InvalidInputException | NotFoundException e) {
        // an ID the storage does not know (the index lags): not shown
      }
    }
    return hits;
  }

  private Optional<SearchHit> visible(Actor actor, IndexHit hit, Map<CommunityId, Optional<Standing>> standings) {
    String snippet = html(hit.excerpt());
    switch (hit.kind()) {
      case THREAD -> {
        Optional<DiscussionThread> thread = storage.threads().find(ThreadId.of(hit.id()));
        if (thread.isEmpty()) {
          return Optional.empty();
        }
        DiscussionThread t = thread.get();
        Optional<Standing> standing = standing(actor, t.community(), standings);
        boolean sees = standing.filter(s -> s.sees(t.audience())
            && (t.state() == PostState.PUBLISHED || t.author().equals(actor.id()) || s.canModerate())).isPresent();
        return sees ? Optional.of(new SearchHit(hit.kind(), hit.id(), Optional.of(t.id()), t.community(), t.title(), snippet,
            t.author(), t.createdAt(), t.tags(), hit.score())) : Optional.empty();
      }
      case POST -> {
        Optional<Post> post = storage.posts().find(PostId.of(hit.id()));
        Optional<DiscussionThread> thread = post.flatMap(p -> storage.threads().find(p.thread()));
        if (thread.isEmpty()) {
          return Optional.empty();
        }
        Post p = post.get();
        DiscussionThread t = thread.get();
        Optional<Standing> standing = standing(actor, p.community(), standings);
        boolean published = p.isPublished() && t.state() == PostState.PUBLISHED;
        boolean sees = standing.filter(s -> s.sees(p.audience())
            && (published || p.author().equals(actor.id()) || s.canModerate())).isPresent();
        return sees ? Optional.of(new SearchHit(hit.kind(), hit.id(), Optional.of(t.id()), p.community(), t.title(), snippet,
            p.author(), p.createdAt(), t.tags(), hit.score())) : Optional.empty();
      }
      case KNOWLEDGE_ITEM -> {
        Optional<KnowledgeItem> item = storage.knowledgeItems().find(KnowledgeItemId.of(hit.id()));
        if (item.isEmpty()) {
          return Optional.empty();
        }
        KnowledgeItem i = item.get();
        Optional<Standing> standing = standing(actor, i.community(), standings);
        boolean sees = standing.filter(s -> s.sees(i.audience())).isPresent() || diffusedTo(actor, i, standings);
        return sees ? Optional.of(new SearchHit(hit.kind(), hit.id(), Optional.empty(), i.community(),
            i.current().content().title(), snippet, i.createdBy(), i.createdAt(), i.current().content().tags(),
            hit.score())) : Optional.empty();
      }
      default -> throw new IllegalStateException("unknown kind " + hit.kind());
    }
  }

  /** @return whether the item is a published output diffused to the platform or to a community the actor may read */
  private boolean diffusedTo(Actor actor, KnowledgeItem item, Map<CommunityId, Optional<Standing>> standings) {
    if (item.kind() != KnowledgeKind.OUTPUT) {
      return false;
    }
    Optional<OutputCycle> cycle = storage.outputCycles().find(item.id());
    return cycle.filter(OutputCycle::diffusedToPlatform).isPresent() || cycle.map(OutputCycle::diffusedCommunities)
        .orElse(Set.of()).stream().anyMatch(c -> standing(actor, c, standings).filter(Standing::canRead).isPresent());
  }

  private Optional<Standing> standing(Actor actor, CommunityId community, Map<CommunityId, Optional<Standing>> standings) {
    return standings.computeIfAbsent(community, id -> {
      try {
        return Optional.of(communities.standing(actor, id));
      } catch (NotFoundException e) {
        return Optional.empty();
      }
    });
  }

  /** @return the excerpt as HTML: its text escaped, its marks wrapped in {@code <mark>} */
  static String html(Excerpt excerpt) {
    String text = excerpt.text();
    StringBuilder html = new StringBuilder(text.length() + 16 * excerpt.marks().size());
    int at = 0;
    for (Excerpt.Mark mark : excerpt.marks()) {
      escape(text, at, mark.start(), html);
      html.append("<mark>");
      escape(text, mark.start(), mark.end(), html);
      html.append("</mark>");
      at = mark.end();
    }
    escape(text, at, text.length(), html);
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isISOControl(c) && c != '\n' && c != '\t' || org.copkit.api.shared.Validation.isExplicitBidiControl(c)) {
            continue;
          }
          out.append(c);
        }
      }
    }
  }
}
