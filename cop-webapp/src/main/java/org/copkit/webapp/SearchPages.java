package org.copkit.webapp;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.Search;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchHit;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchQuery;
import org.copkit.api.search.SearchResults;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search over the threads, replies and knowledge items the member may read, with highlighted
 * snippets and facets to narrow the results. The permission filter is inside the index: hits,
 * totals and facet counts never include what the member may not read.
 */
@Controller
class SearchPages {

  /** Hits on one page. */
  static final int PAGE_SIZE = 10;

  /** One hit as the page shows it: where it leads and where it lives. */
  record Result(SearchHit hit, String href, String community, String author) {}

  /** One facet value: its label, its count, and the link that narrows the search to it. */
  record Choice(String label, long count, String href, boolean chosen) {}

  private final CopPlatform platform;
  private final Search search;
  private final People people;

  SearchPages(CopPlatform platform, Search search, People people) {
    this.platform = platform;
    this.search = search;
    this.people = people;
  }

  @GetMapping("/search")
  String search(Principal principal, @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String community, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String tag, @RequestParam(required = false) String author,
      @RequestParam(defaultValue = "0") int page, Model model) {
    MemberId reader = Actor.of(principal);
    model.addAttribute("q", q);
    if (q.isBlank() && community == null && kind == null && tag == null && author == null) {
      model.addAttribute("searched", false);
      return "search";
    }
    SearchQuery query = SearchQuery.of(q).at(new PageRequest(page, PAGE_SIZE));
    Map<String, String> filters = new LinkedHashMap<>();
    if (community != null) {
      query = query.inCommunities(Set.of(CommunityId.of(community)));
      filters.put("community", community);
    }
    if (kind != null) {
      query = query.ofKinds(Set.of(KnowledgePages.choice("kind", SearchKind.class, kind)));
      filters.put("kind", kind);
    }
    if (tag != null) {
      query = query.taggedWith(Set.of(tag));
      filters.put("tag", tag);
    }
    if (author != null) {
      query = query.byAuthors(Set.of(MemberId.of(author)));
      filters.put("author", author);
    }
    SearchResults results = search.search(reader, query);
    Map<CommunityId, String> communityNames = new LinkedHashMap<>();
    List<Result> shown = new ArrayList<>();
    for (SearchHit hit : results.hits().items()) {
      String href = hit.kind() == SearchKind.KNOWLEDGE_ITEM ? "/knowledge/" + hit.id()
          : "/threads/" + hit.thread().map(Object::toString).orElse("");
      shown.add(new Result(hit, href, communityName(reader, hit.community(), communityNames), people.name(hit.author())));
    }
    Map<String, List<Choice>> facets = new LinkedHashMap<>();
    facets.put("Community", choices(q, filters, "community", results.facet(SearchFacet.COMMUNITY),
        value -> communityName(reader, CommunityId.of(value), communityNames)));
    facets.put("Kind", choices(q, filters, "kind", results.facet(SearchFacet.KIND), SearchPages::kindLabel));
    facets.put("Tag", choices(q, filters, "tag", results.facet(SearchFacet.TAG), value -> value));
    facets.put("Author", choices(q, filters, "author", results.facet(SearchFacet.AUTHOR),
        value -> people.name(MemberId.of(value))));
    long total = results.hits().total();
    model.addAttribute("searched", true);
    model.addAttribute("results", shown);
    model.addAttribute("total", total);
    model.addAttribute("facets", facets);
    model.addAttribute("stale", results.stale());
    model.addAttribute("filtered", !filters.isEmpty());
    model.addAttribute("clear", href(q, Map.of(), 0));
    model.addAttribute("previous", page > 0 ? href(q, filters, page - 1) : null);
    boolean more = (long) (page + 1) * PAGE_SIZE < Math.min(total, SearchQuery.MAX_DEPTH);
    model.addAttribute("next", more ? href(q, filters, page + 1) : null);
    return "search";
  }

  private String communityName(MemberId reader, CommunityId id, Map<CommunityId, String> known) {
    return known.computeIfAbsent(id, key -> {
      try {
        return platform.communityQueries().community(reader, key).name();
      } catch (CopException gone) {
        return "a community";
      }
    });
  }

  private static List<Choice> choices(String q, Map<String, String> filters, String name, List<FacetCount> counts,
      java.util.function.Function<String, String> label) {
    List<Choice> choices = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FacetCount count : counts) {
      if (!seen.add(count.value())) {
        continue;
      }
      boolean chosen = count.value().equals(filters.get(name));
      Map<String, String> next = new LinkedHashMap<>(filters);
      if (chosen) {
        next.remove(name);
      } else {
        next.put(name, count.value());
      }
      choices.add(new Choice(label.apply(count.value()), count.count(), href(q, next, 0), chosen));
    }
    return choices;
  }

  private static String kindLabel(String kind) {
    return switch (Optional.ofNullable(kind).orElse("")) {
      case "THREAD" -> "threads";
      case "POST" -> "replies";
      case "KNOWLEDGE_ITEM" -> "knowledge items";
      default -> kind;
    };
  }

  private static String href(String q, Map<String, String> filters, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
    filters.forEach(uri::queryParam);
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }
}
