package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimEntryKind;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.learning.Attendance;
import org.copkit.api.learning.CalendarEvent;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.Registration;
import org.copkit.api.learning.RegistrationStatus;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.portfolio.port.EvidenceSources;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** {@link EvidenceSources} in memory: read from the other in-memory ports' records. */
final class InMemoryEvidenceSources implements EvidenceSources {

  private static final Comparator<Evidence> NEWEST_FIRST =
      Comparator.comparing(Evidence::at).reversed().thenComparing(Evidence::key);

  private final InMemoryThreads threads;
  private final InMemoryPosts posts;
  private final InMemoryKnowledgeItems items;
  private final InMemoryCalendarEvents events;
  private final InMemoryRegistrations registrations;
  private final InMemoryLearningUnits units;
  private final InMemoryCompletions completions;
  private final InMemoryCompetenceClaims claims;
  private final InMemoryOutputCycles cycles;

  InMemoryEvidenceSources(InMemoryThreads threads, InMemoryPosts posts, InMemoryKnowledgeItems items,
      InMemoryCalendarEvents events, InMemoryRegistrations registrations, InMemoryLearningUnits units,
      InMemoryCompletions completions, InMemoryCompetenceClaims claims, InMemoryOutputCycles cycles) {
    this.cycles = cycles;
    this.threads = threads;
    this.posts = posts;
    this.items = items;
    this.events = events;
    this.registrations = registrations;
    this.units = units;
    this.completions = completions;
    this.claims = claims;
  }

  @Override
  public List<Evidence> ofMember(MemberId member) {
    return gather(member::equals, c -> true, claims.ofMember(member), cycles.coAuthoredBy(member));
  }

  @Override
  public List<Evidence> inCommunity(CommunityId community) {
    List<CompetenceClaim> there = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<CompetenceClaim> page = claims.inCommunity(community, request);
      there.addAll(page.items());
      if (page.items().size() < request.size()) {
        break;
      }
      request = request.next();
    }
    List<OutputCycle> outputs = new ArrayList<>();
    request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<OutputCycle> page = cycles.inCommunity(community, EnumSet.allOf(OutputStage.Kind.class), request);
      outputs.addAll(page.items());
      if (page.items().size() < request.size()) {
        break;
      }
      request = request.next();
    }
    return gather(m -> true, community::equals, there, outputs);
  }

  private List<Evidence> gather(Predicate<MemberId> member, Predicate<CommunityId> community, List<CompetenceClaim> ofClaims,
      List<OutputCycle> outputs) {
    List<Evidence> all = new ArrayList<>();
    threads.all()
        .filter(t -> t.acceptedAnswer().isPresent() && t.state() == PostState.PUBLISHED && community.test(t.community()))
        .forEach(t -> posts.find(t.acceptedAnswer().get())
            .filter(p -> p.state() == PostState.PUBLISHED && member.test(p.author()))
            .ifPresent(p -> all.add(answer(t, p))));
    items.all().filter(i -> member.test(i.createdBy()) && community.test(i.community())).forEach(i -> all.add(item(i)));
    registrations.all()
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.attendance() == Attendance.PRESENT
            && member.test(r.member()) && community.test(r.community()))
        .forEach(r -> events.find(r.event()).ifPresent(e -> all.add(attended(r, e))));
    completions.all().filter(c -> member.test(c.member()) && community.test(c.community()))
        .forEach(c -> units.find(c.unit()).ifPresent(u -> all.add(completed(c, u))));
    for (CompetenceClaim claim : ofClaims) {
      for (ClaimEntry entry : claims.history(claim.id())) {
        if (entry.kind() != ClaimEntryKind.SELF_ASSESSED) {
          all.add(received(claim, entry));
        }
      }
    }
    for (OutputCycle cycle : outputs) {
      items.find(cycle.output()).ifPresent(item -> cycle.coAuthors().stream()
          .filter(coAuthor -> member.test(coAuthor) && !coAuthor.equals(item.createdBy())).sorted(
          java.util.Comparator.comparing(MemberId::value)).forEach(coAuthor -> all.add(coAuthored(cycle, item, coAuthor))));
    }
    all.sort(NEWEST_FIRST);
    return all;
  }

  static Evidence coAuthored(OutputCycle cycle, KnowledgeItem item, MemberId coAuthor) {
    return new Evidence("output:" + item.id(), EvidenceKind.OUTPUT_CO_AUTHORED, coAuthor,
        Optional.of(cycle.community()), item.audience(), item.current().content().title(), "", "", cycle.startedAt(),
        refs(item.current().content().competences()));
  }

  static Evidence answer(DiscussionThread thread, Post post) {
    return new Evidence("answer:" + post.id(), EvidenceKind.ANSWER_ACCEPTED, post.author(), Optional.of(thread.community()),
        worst(thread.audience(), post.audience()), thread.title(), "", "", post.createdAt(), thread.competences());
  }

  static Evidence item(KnowledgeItem item) {
    return new Evidence("item:" + item.id(), EvidenceKind.KNOWLEDGE_ITEM_WRITTEN, item.createdBy(),
        Optional.of(item.community()), item.audience(), item.current().content().title(), "", "", item.createdAt(),
        refs(item.current().content().competences()));
  }

  static Evidence attended(Registration registration, CalendarEvent event) {
    return new Evidence("event:" + event.id(), EvidenceKind.EVENT_ATTENDED, registration.member(),
        Optional.of(event.community()), Audience.COMMUNITY, event.title(), "", "", event.startsAt(),
        event.competences().stream().map(CompetenceLevel::competence).collect(Collectors.toSet()));
  }

  static Evidence completed(Completion completion, LearningUnit unit) {
    return new Evidence("unit:" + unit.id(), EvidenceKind.UNIT_COMPLETED, completion.member(),
        Optional.of(unit.community()), Audience.COMMUNITY, unit.title(), "", "", completion.completedAt(),
        unit.competences().stream().map(CompetenceLevel::competence).collect(Collectors.toSet()));
  }

  static Evidence received(CompetenceClaim claim, ClaimEntry entry) {
    boolean endorsed = entry.kind() == ClaimEntryKind.ENDORSED;
    return new Evidence((endorsed ? "endorsement:" : "validation:") + claim.id() + ":" + entry.number(),
        endorsed ? EvidenceKind.ENDORSEMENT_RECEIVED : EvidenceKind.LEVEL_VALIDATED, claim.member(),
        Optional.of(claim.community()), Audience.COMMUNITY,
        claim.competence() + " at level " + entry.level() + (endorsed ? ", endorsed by " : ", validated by ") + entry.actor(),
        entry.comment(), entry.evidence(), entry.recordedAt(), Set.of(claim.competence()));
  }

  /** @return CORE when either is CORE */
  static Audience worst(Audience a, Audience b) {
    return a == Audience.CORE || b == Audience.CORE ? Audience.CORE : Audience.COMMUNITY;
  }

  /** @return the competences among a knowledge item's plain references that are written id@version#code */
  static Set<CompetenceRef> refs(Set<String> competences) {
    Set<CompetenceRef> refs = new java.util.HashSet<>();
    for (String text : competences) {
      try {
        refs.add(CompetenceRef.of(text));
      } catch (RuntimeException notARef) {
        // A plain ID that names no framework version: not a competence a matrix can place.
      }
    }
    return refs;
  }
}
