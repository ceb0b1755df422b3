package org.copkit.core.portfolio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.portfolio.AddEvidence;
import org.copkit.api.portfolio.CommunityPortfolio;
import org.copkit.api.portfolio.CompetenceMatrix;
import org.copkit.api.portfolio.CreatePage;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.portfolio.PageView;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.Portfolios;
import org.copkit.api.portfolio.SharePage;
import org.copkit.api.portfolio.SharedLink;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;

/** {@link Portfolios}: evidence, pages shared with audiences, the competence matrix, a community's portfolio. */
final class PortfoliosService implements Portfolios {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PagesWork work;

  PortfoliosService(PagesWork work) {
    this.work = work;
  }

  @Override
  public Evidence addEvidence(MemberId actorId, AddEvidence command) {
    Validation.required("command", command);
    return work.command(() -> {
      work.communities.actor(actorId);
      for (CompetenceRef competence : command.competences()) {
        if (work.frameworks.find(competence).isEmpty()) {
          throw new InvalidInputException("competences", "names an unknown competence " + competence);
        }
      }
      Evidence evidence = new Evidence("own:" + UUID.randomUUID(), command.kind(), actorId, Optional.empty(),
          Audience.COMMUNITY, command.title(), command.text(), command.link(), work.now(), command.competences());
      work.storage.portfolioEntries().add(evidence);
      return evidence;
    });
  }

  @Override
  public List<Evidence> evidence(MemberId actorId) {
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      return work.new Showing(Optional.of(actor)).of(actorId, PageAudience.PRIVATE, Optional.empty());
    });
  }

  @Override
  public PortfolioPage createPage(MemberId actorId, CreatePage command) {
    Validation.required("command", command);
    return work.command(() -> {
      work.communities.actor(actorId);
      Set<String> own = work.allOf(actorId).stream().map(Evidence::key).collect(Collectors.toSet());
      for (String key : command.evidence()) {
        if (!own.contains(key)) {
          throw new InvalidInputException("evidence", "names " + key + ", which is none of the member's evidence");
        }
      }
      PortfolioPage page = new PortfolioPage(PortfolioPageId.random(), actorId, command.title(), command.introduction(),
          command.evidence(), PageAudience.PRIVATE, Optional.empty(), Optional.empty(), work.now(), 0);
      work.storage.portfolioPages().add(page);
      return page;
    });
  }

  @Override
  public SharedLink share(MemberId actorId, SharePage command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      PortfolioPage page = work.storage.portfolioPages().find(command.page())
          .filter(p -> p.owner().equals(actorId))
          .orElseThrow(() -> new NotFoundException("portfolio page", command.page().toString()));
      if (command.community().isPresent()) {
        Standing standing = work.communities.standing(actor, command.community().get());
        if (!standing.isMember()) {
          throw new AccessDeniedException(actorId, "share a page with community " + command.community().get()
              + ": only its members do");
        }
      }
      String token = "";
      Optional<String> hash = Optional.empty();
      if (command.audience() == PageAudience.LINK) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        hash = Optional.of(hash(token));
      }
      PortfolioPage shared = work.storage.portfolioPages().update(page.sharedWith(command.audience(), command.community(), hash));
      return new SharedLink(shared, token);
    });
  }

  @Override
  public PageView page(MemberId actorId, PortfolioPageId id) {
    Validation.required("page", id);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      NotFoundException missing = new NotFoundException("portfolio page", id.toString());
      PortfolioPage page = work.storage.portfolioPages().find(id).orElseThrow(() -> missing);
      PagesWork.Showing showing = work.new Showing(Optional.of(actor));
      boolean owner = page.owner().equals(actorId);
      boolean allowed = owner || switch (page.audience()) {
        case PRIVATE, LINK -> false;
        case COMMUNITY -> showing.standing(page.community().orElseThrow()).isPresent();
        case PLATFORM -> true;
      };
      if (!allowed) {
        throw missing;
      }
      return view(page, showing);
    });
  }

  @Override
  public PageView pageByLink(String token) {
    Validation.text("token", token, 100);
    return work.query(() -> {
      PortfolioPage page = work.storage.portfolioPages().findByLink(hash(token.strip()))
          .filter(p -> p.audience() == PageAudience.LINK)
          .orElseThrow(() -> new NotFoundException("portfolio page", "shared by that link"));
      return view(page, work.new Showing(Optional.empty()));
    });
  }

  /** Reads only the owner's evidence the page's audience is shown, then keeps the page's, in its order. */
  private PageView view(PortfolioPage page, PagesWork.Showing showing) {
    Map<String, Evidence> byKey = new HashMap<>();
    for (Evidence evidence : showing.of(page.owner(), page.audience(), page.community())) {
      byKey.put(evidence.key(), evidence);
    }
    List<Evidence> selected = new ArrayList<>(page.evidence().size());
    for (String key : page.evidence()) {
      Evidence evidence = byKey.get(key);
      if (evidence != null) {
        selected.add(evidence);
      }
    }
    return new PageView(page.id(), page.owner(), page.title(), page.introduction(), page.audience(), selected);
  }

  @Override
  public CompetenceMatrix matrix(MemberId actorId, MemberId member) {
    Validation.required("member", member);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      work.communities.auditAdministratorRead(actor, member, "competence matrix");
      PagesWork.Showing showing = work.new Showing(Optional.of(actor));
      boolean self = actorId.equals(member);
      Map<CompetenceRef, int[]> levels = new TreeMap<>(java.util.Comparator.comparing(CompetenceRef::toString));
      Map<CompetenceRef, List<String>> evidence = new HashMap<>();
      for (CompetenceClaim claim : work.storage.competenceClaims().ofMember(member)) {
        if (showing.standing(claim.community()).isEmpty()) {
          continue;
        }
        int[] row = levels.computeIfAbsent(claim.competence(), c -> new int[3]);
        row[0] = Math.max(row[0], claim.level());
        row[1] = Math.max(row[1], claim.endorsedLevel());
        row[2] = Math.max(row[2], claim.validatedLevel());
      }
      for (Evidence piece : showing.of(member, PageAudience.PRIVATE, Optional.empty())) {
        if (!self && piece.kind().own()) {
          continue;
        }
        for (CompetenceRef competence : piece.competences()) {
          levels.computeIfAbsent(competence, c -> new int[3]);
          evidence.computeIfAbsent(competence, c -> new ArrayList<>()).add(piece.key());
        }
      }
      List<CompetenceMatrix.Row> rows = new ArrayList<>();
      levels.forEach((competence, row) -> rows.add(new CompetenceMatrix.Row(competence, row[0], row[1], row[2],
          evidence.getOrDefault(competence, List.of()))));
      return new CompetenceMatrix(member, rows);
    });
  }

  @Override
  public CommunityPortfolio communityPortfolio(MemberId actorId, CommunityId community) {
    Validation.required("community", community);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, community);
      if (!standing.canRead()) {
        throw new NotFoundException("community", community.toString());
      }
      Set<Audience> audiences = EnumSet.noneOf(Audience.class);
      for (Audience audience : Audience.values()) {
        if (standing.sees(audience)) {
          audiences.add(audience);
        }
      }
      Map<KnowledgeItemId, OutputCycle> cycles = new HashMap<>();
      for (OutputCycle cycle : all(p -> work.storage.outputCycles().inCommunity(community,
          EnumSet.allOf(OutputStage.Kind.class), p))) {
        cycles.put(cycle.output(), cycle);
      }
      List<CommunityPortfolio.Output> outputs = all(p -> work.storage.knowledgeItems().inCommunity(community, audiences, p))
          .stream().filter(i -> i.kind() == KnowledgeKind.OUTPUT)
          .map(i -> {
            Optional<OutputCycle> cycle = Optional.ofNullable(cycles.get(i.id()));
            return new CommunityPortfolio.Output("item:" + i.id(), i.current().content().title(), i.createdAt(),
                cycle.map(c -> c.stage().kind()), cycle.map(c -> c.diffusions().size()).orElse(0),
                cycle.map(OutputCycle::stage).filter(OutputStage.Assessed.class::isInstance)
                    .map(stage -> ((OutputStage.Assessed) stage).assessment()));
          })
          .toList();
      List<CommunityPortfolio.EventHeld> held = new ArrayList<>();
      for (CalendarEvent event : all(p -> work.storage.calendarEvents().inCommunity(community, p))) {
        if (event.endsAt().isAfter(work.now())) {
          continue;
        }
        int present = (int) work.storage.registrations().ofEvent(event.id(), EnumSet.of(RegistrationStatus.CONFIRMED))
            .stream().filter(r -> r.attendance() == Attendance.PRESENT).count();
        held.add(new CommunityPortfolio.EventHeld("event:" + event.id(), event.title(), event.endsAt(), present));
      }
      held.sort(java.util.Comparator.comparing(CommunityPortfolio.EventHeld::endedAt).reversed());
      Map<CompetenceRef, int[]> developed = new TreeMap<>(java.util.Comparator.comparing(CompetenceRef::toString));
      int validations = 0;
      for (CompetenceClaim claim : all(p -> work.storage.competenceClaims().inCommunity(community, p))) {
        int[] row = developed.computeIfAbsent(claim.competence(), c -> new int[3]);
        row[0]++;
        if (claim.validatedLevel() > 0) {
          row[1]++;
          validations++;
        }
        row[2] = Math.max(row[2], claim.validatedLevel());
      }
      List<CommunityPortfolio.Developed> competences = new ArrayList<>();
      developed.forEach((ref, row) -> competences.add(new CommunityPortfolio.Developed(ref, row[0], row[1], row[2])));
      Map<YearMonth, Set<MemberId>> contributors = new TreeMap<>();
      Map<YearMonth, Integer> pieces = new HashMap<>();
      for (Evidence evidence : work.storage.evidenceSources().inCommunity(community)) {
        if (!standing.sees(evidence.audience())) {
          continue;
        }
        YearMonth month = YearMonth.from(evidence.at().atZone(ZoneOffset.UTC));
        contributors.computeIfAbsent(month, m -> new HashSet<>()).add(evidence.member());
        pieces.merge(month, 1, Integer::sum);
      }
      List<CommunityPortfolio.Participation> participation = new ArrayList<>();
      contributors.forEach((month, members) ->
          participation.add(new CommunityPortfolio.Participation(month.toString(), members.size(), pieces.get(month))));
      return new CommunityPortfolio(community, standing.community().name(), outputs, held, competences, participation,
          validations);
    });
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<T> page = pages.apply(request);
      all.addAll(page.items());
      if (page.items().size() < request.size() || all.size() >= page.total()) {
        return all;
      }
      request = request.next();
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
