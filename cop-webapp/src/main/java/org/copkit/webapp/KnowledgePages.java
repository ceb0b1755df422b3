package org.copkit.webapp;

import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A community's knowledge base, as far as the reader may read it: its sections and tags, its items,
 * one item with its revisions, and the forms to write an item and its next revision. What the
 * reader may not read is not found, exactly as an ID never used.
 */
@Controller
class KnowledgePages {

  /** A section with its depth in the tree, for indenting. */
  record Shelf(Section section, int depth) {}

  private final CopPlatform platform;
  private final People people;

  /** How many items a page of the knowledge base lists. */
  static final int PAGE_SIZE = 50;

  KnowledgePages(CopPlatform platform, People people) {
    this.platform = platform;
    this.people = people;
  }

  @GetMapping("/communities/{id}/knowledge")
  String items(Principal principal, @PathVariable String id, @RequestParam(required = false) String section,
      @RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int page, Model model) {
    return list(Actor.of(principal), CommunityId.of(id), section, tag, page, model, null, null);
  }

  @PostMapping("/communities/{id}/knowledge")
  String create(Principal principal, @PathVariable String id, @RequestParam String kind,
      @RequestParam(defaultValue = "COMMUNITY") String audience, @RequestParam String title, @RequestParam String body,
      @RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "") String tags, Model model,
      RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    CommunityId community = CommunityId.of(id);
    Draft draft = new Draft(kind, audience, title, body, link, tags);
    KnowledgeItem item;
    try {
      item = platform.knowledgeBase().create(actor, new CreateItem(community, choice("kind", KnowledgeKind.class, kind),
          choice("audience", Audience.class, audience), new KnowledgeContent(title, body, link, tagSet(tags), Set.of()),
          ""));
    } catch (InvalidInputException e) {
      return list(actor, community, null, null, 0, model, draft, e.getMessage());
    }
    flash.addFlashAttribute("notice", "Written: revision 1.");
    return "redirect:/knowledge/" + item.id();
  }

  @GetMapping("/knowledge/{id}")
  String item(Principal principal, @PathVariable String id, @RequestParam(required = false) Integer revision,
      Model model) {
    return page(Actor.of(principal), KnowledgeItemId.of(id), revision, model, null, null);
  }

  @PostMapping("/knowledge/{id}")
  String edit(Principal principal, @PathVariable String id, @RequestParam int basedOn, @RequestParam String title,
      @RequestParam String body, @RequestParam(defaultValue = "") String link,
      @RequestParam(defaultValue = "") String tags, @RequestParam String note, Model model,
      RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    KnowledgeItemId itemId = KnowledgeItemId.of(id);
    KnowledgeItem item;
    try {
      item = platform.knowledgeBase().edit(actor,
          new EditItem(itemId, basedOn, new KnowledgeContent(title, body, link, tagSet(tags), Set.of()), note));
    } catch (InvalidInputException e) {
      return page(actor, itemId, null, model, new Draft("", "", title, body, link, tags), e.getMessage());
    }
    flash.addFlashAttribute("notice", "Saved: revision " + item.revision() + ".");
    return "redirect:/knowledge/" + id;
  }

  @PostMapping("/knowledge/{id}/flag")
  String flag(Principal principal, @PathVariable String id, @RequestParam(defaultValue = "") String text,
      RedirectAttributes flash) {
    MemberId actor = Actor.of(principal);
    KnowledgeItem item = platform.knowledgeQueries().item(actor, KnowledgeItemId.of(id));
    platform.moderation().flag(actor,
        new RaiseFlag(item.community(), new ModerationSubject.OfKnowledgeItem(item.id()), FlagReason.OUTDATED, text));
    flash.addFlashAttribute("notice", "Thank you: the e-moderators will review it.");
    return "redirect:/knowledge/" + id;
  }

  /** What the writer typed, given back with the error. */
  record Draft(String kind, String audience, String title, String body, String link, String tags) {}

  private String list(MemberId actor, CommunityId id, String section, String tag, int page, Model model, Draft draft,
      String error) {
    Community community = platform.communityQueries().community(actor, id);
    List<Section> sections = platform.knowledgeQueries().sections(actor, id);
    KnowledgeFilter filter = KnowledgeFilter.all();
    Section chosen = null;
    if (section != null && !section.isBlank()) {
      SectionId sectionId = SectionId.of(section);
      filter = filter.inSection(sectionId);
      chosen = sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().orElse(null);
    }
    if (tag != null && !tag.isBlank()) {
      filter = filter.tagged(tag);
    }
    Page<KnowledgeItem> shown = platform.knowledgeQueries().items(actor, id, filter, new PageRequest(page, PAGE_SIZE));
    List<KnowledgeItem> items = shown.items();
    Set<String> tags = new TreeSet<>();
    platform.knowledgeQueries().items(actor, id, PageRequest.first(PageRequest.MAX_SIZE)).items()
        .forEach(item -> tags.addAll(item.current().content().tags()));
    Membership membership = platform.communityQueries().memberships(actor, actor).stream()
        .filter(m -> m.community().equals(id)).findFirst().orElse(null);
    model.addAttribute("community", community);
    model.addAttribute("shelves", shelves(sections));
    model.addAttribute("sectionNames", sections.stream().collect(Collectors.toMap(s -> s.id(), Section::name)));
    model.addAttribute("chosenSection", chosen);
    model.addAttribute("chosenTag", filter.tag().orElse(null));
    model.addAttribute("tags", tags);
    model.addAttribute("items", items);
    model.addAttribute("previous", page > 0 ? listHref(id, section, tag, page - 1) : null);
    model.addAttribute("next", shown.hasNext() ? listHref(id, section, tag, page + 1) : null);
    model.addAttribute("names", people.names(items.stream().map(i -> i.current().author()).collect(Collectors.toSet())));
    model.addAttribute("membership", membership);
    model.addAttribute("kinds", KnowledgeKind.values());
    model.addAttribute("draft", draft == null ? new Draft("PILL", "COMMUNITY", "", "", "", "") : draft);
    model.addAttribute("error", error);
    return "knowledge";
  }

  private static String listHref(CommunityId community, String section, String tag, int page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/communities/{id}/knowledge");
    if (section != null && !section.isBlank()) {
      uri.queryParam("section", section);
    }
    if (tag != null && !tag.isBlank()) {
      uri.queryParam("tag", tag);
    }
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().buildAndExpand(community.toString()).toUriString();
  }

  private String page(MemberId actor, KnowledgeItemId id, Integer number, Model model, Draft draft, String error) {
    KnowledgeItem item = platform.knowledgeQueries().item(actor, id);
    KnowledgeRevision shown = number == null || number == item.revision() ? item.current()
        : platform.knowledgeQueries().revision(actor, id, number);
    List<KnowledgeRevision> revisions =
        platform.knowledgeQueries().revisions(actor, id, PageRequest.first(PageRequest.MAX_SIZE)).items();
    Set<MemberId> authors = new LinkedHashSet<>();
    revisions.forEach(r -> authors.add(r.author()));
    authors.add(item.createdBy());
    boolean mayEdit = platform.knowledgeQueries().mayEdit(actor, id);
    Map<SectionId, String> sectionNames = new HashMap<>();
    try {
      platform.knowledgeQueries().sections(actor, item.community()).forEach(s -> sectionNames.put(s.id(), s.name()));
    } catch (AccessDeniedException diffused) {
      // an output diffused to the reader: its community's sections are not theirs to read
    }
    KnowledgeContent current = item.current().content();
    model.addAttribute("item", item);
    model.addAttribute("shown", shown);
    model.addAttribute("revisions", revisions);
    model.addAttribute("names", people.names(authors));
    model.addAttribute("community", platform.communityQueries().community(actor, item.community()));
    model.addAttribute("sectionName", item.section().map(sectionNames::get).orElse(null));
    model.addAttribute("draft", draft != null ? draft : new Draft(item.kind().name(), item.audience().name(),
        current.title(), current.body(), current.link(), String.join(", ", new TreeSet<>(current.tags()))));
    model.addAttribute("mayEdit", mayEdit);
    model.addAttribute("error", error);
    return "item";
  }

  private static List<Shelf> shelves(List<Section> sections) {
    Map<SectionId, Integer> depth = new HashMap<>();
    return sections.stream().map(section -> {
      int d = section.parent().map(p -> depth.getOrDefault(p, 0) + 1).orElse(0);
      depth.put(section.id(), d);
      return new Shelf(section, d);
    }).toList();
  }

  static Set<String> tagSet(String tags) {
    return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
    return Optional.ofNullable(value).flatMap(v -> Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equals(v)).findFirst())
        .orElseThrow(() -> new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
  }
}
