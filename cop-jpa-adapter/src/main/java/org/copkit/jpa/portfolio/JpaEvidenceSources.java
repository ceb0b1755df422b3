package org.copkit.jpa.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jakarta.persistence.TypedQuery;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.portfolio.port.EvidenceSources;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link EvidenceSources} on JPA: one query per source, each a join that reads only the member's
 * (or the community's) rows through an index, projected to the columns evidence needs; a reader's
 * part of it adds the communities and audiences to each query's condition, so that only the rows
 * shown are read.
 */
final class JpaEvidenceSources implements EvidenceSources {

  private static final Comparator<Evidence> NEWEST_FIRST =
      Comparator.comparing(Evidence::at).reversed().thenComparing(Evidence::key);

  private final JpaTransactions transactions;

  JpaEvidenceSources(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /**
   * One source of evidence: what it selects, from which rows ({@code :who} is the member or the
   * community), the column of its community, and its audience.
   *
   * @param select the columns, after {@code select}
   * @param from the rows, from {@code from} on, without the member's or community's condition
   * @param byMember the column of the member whose evidence it is
   * @param byCommunity the column of the community whose evidence it is
   * @param community the column of the community it happened in, which evidence names
   * @param audienceIs for each audience, the condition that a row is for it: empty when every row
   *     is, null when none is
   * @param evidence the evidence of a row
   */
  private record Source(String select, String from, String byMember, String byCommunity, String community,
      Function<Audience, String> audienceIs, Function<Object[], Evidence> evidence) {

    String where(boolean members) {
      return " " + from + " and " + (members ? byMember : byCommunity) + " = :who";
    }

    /**
     * @return the condition that a row is in a community for an audience it is shown to: empty for
     *     every row, null when no row can be
     */
    String shown(Optional<Map<Audience, List<String>>> shown) {
      if (shown.isEmpty()) {
        return "";
      }
      List<String> any = new ArrayList<>();
      shown.get().forEach((audience, communities) -> {
        String is = audienceIs.apply(audience);
        if (is != null) {
          any.add("(" + community + " in :in" + audience.name() + (is.isEmpty() ? "" : " and " + is) + ")");
        }
      });
      return any.isEmpty() ? null : " and (" + String.join(" or ", any) + ")";
    }
  }

  private static final Function<Audience, String> ALWAYS_COMMUNITY = audience -> audience == Audience.COMMUNITY ? "" : null;

  private static final List<Source> SOURCES = List.of(
      new Source("p.id, t.communityId, t.audience, p.audience, t.title, p.createdAt, p.author, t.competences",
          "from CopPost p, CopThread t where t.acceptedAnswer = p.id and p.state = 'PUBLISHED' and t.state = 'PUBLISHED'",
          "p.author", "p.communityId", "t.communityId",
          audience -> audience == Audience.CORE ? "(t.audience = 'CORE' or p.audience = 'CORE')"
              : audience == Audience.COMMUNITY ? "(t.audience <> 'CORE' and p.audience <> 'CORE')" : null,
          r -> new Evidence("answer:" + r[0], EvidenceKind.ANSWER_ACCEPTED, MemberId.of((String) r[6]),
              community(r[1]), Audience.valueOf((String) r[2]) == Audience.CORE || Audience.valueOf((String) r[3]) == Audience.CORE
                  ? Audience.CORE : Audience.COMMUNITY,
              (String) r[4], "", "", (Instant) r[5], plainRefs(((String) r[7]).strip()))),
      new Source("i.id, i.communityId, i.audience, v.title, v.competences, i.createdAt, i.createdBy",
          "from CopKnowledgeItem i, CopKnowledgeRevision v where v.itemId = i.id and v.number = i.currentRevision",
          "i.createdBy", "i.communityId", "i.communityId", audience -> "i.audience = '" + audience.name() + "'",
          r -> new Evidence("item:" + r[0], EvidenceKind.KNOWLEDGE_ITEM_WRITTEN, MemberId.of((String) r[6]),
              community(r[1]), Audience.valueOf((String) r[2]), (String) r[3], "", "", (Instant) r[5],
              plainRefs((String) r[4]))),
      new Source("c.outputId, c.communityId, i.audience, v.title, v.competences, c.startedAt, m.memberId",
          "from CopOutputMember m, CopOutputCycle c, CopKnowledgeItem i, CopKnowledgeRevision v"
              + " where m.role = 'CO_AUTHOR' and c.outputId = m.outputId and i.id = c.outputId and m.memberId <> i.createdBy"
              + " and v.itemId = i.id and v.number = i.currentRevision",
          "m.memberId", "c.communityId", "c.communityId", audience -> "i.audience = '" + audience.name() + "'",
          r -> new Evidence("output:" + r[0], EvidenceKind.OUTPUT_CO_AUTHORED, MemberId.of((String) r[6]),
              community(r[1]), Audience.valueOf((String) r[2]), (String) r[3], "", "", (Instant) r[5],
              plainRefs((String) r[4]))),
      new Source("e.id, e.communityId, e.title, e.startsAt, e.competences, g.memberId",
          "from CopRegistration g, CopCalendarEvent e where g.eventId = e.id and g.status = 'CONFIRMED'"
              + " and g.attendance = 'PRESENT'",
          "g.memberId", "g.communityId", "e.communityId", ALWAYS_COMMUNITY,
          r -> new Evidence("event:" + r[0], EvidenceKind.EVENT_ATTENDED, MemberId.of((String) r[5]), community(r[1]),
              Audience.COMMUNITY, (String) r[2], "", "", (Instant) r[3], levelRefs((String) r[4]))),
      new Source("u.id, u.communityId, u.title, c.completedAt, u.competences, c.memberId",
          "from CopCompletion c, CopLearningUnit u where c.unitId = u.id",
          "c.memberId", "c.communityId", "u.communityId", ALWAYS_COMMUNITY,
          r -> new Evidence("unit:" + r[0], EvidenceKind.UNIT_COMPLETED, MemberId.of((String) r[5]), community(r[1]),
              Audience.COMMUNITY, (String) r[2], "", "", (Instant) r[3], levelRefs((String) r[4]))),
      new Source("c.id, c.communityId, c.competence, c.memberId, e.number, e.kind, e.actor, e.level,"
          + " e.comment, e.evidence, e.recordedAt",
          "from CopCompetenceClaim c, CopClaimEntry e where e.claimId = c.id and e.kind <> 'SELF_ASSESSED'",
          "c.memberId", "c.communityId", "c.communityId", ALWAYS_COMMUNITY,
          r -> {
            boolean endorsed = "ENDORSED".equals(r[5]);
            return new Evidence((endorsed ? "endorsement:" : "validation:") + r[0] + ":" + r[4],
                endorsed ? EvidenceKind.ENDORSEMENT_RECEIVED : EvidenceKind.LEVEL_VALIDATED, MemberId.of((String) r[3]),
                community(r[1]), Audience.COMMUNITY,
                r[2] + " at level " + r[7] + (endorsed ? ", endorsed by " : ", validated by ") + r[6],
                (String) r[8], (String) r[9], (Instant) r[10], Set.of(CompetenceRef.of((String) r[2])));
          }));

  @Override
  public List<Evidence> ofMember(MemberId member) {
    return gather(member.value(), true, Optional.empty());
  }

  @Override
  public List<Evidence> inCommunity(CommunityId community) {
    return gather(community.toString(), false, Optional.empty());
  }

  /** One {@code select distinct} of the community column per source: no evidence is built. */
  @Override
  public Set<CommunityId> communitiesOf(MemberId member) {
    Set<CommunityId> communities = new HashSet<>();
    for (Source source : SOURCES) {
      transactions.entityManager()
          .createQuery("select distinct " + source.community() + source.where(true), String.class)
          .setParameter("who", member.value())
          .getResultList()
          .forEach(id -> communities.add(CommunityId.of(id)));
    }
    return communities;
  }

  /** Each source's query with the communities and audiences in its condition: only those rows are read. */
  @Override
  public List<Evidence> ofMember(MemberId member, Map<CommunityId, Set<Audience>> shown) {
    Map<Audience, List<String>> byAudience = new EnumMap<>(Audience.class);
    shown.forEach((community, audiences) -> audiences.forEach(audience ->
        byAudience.computeIfAbsent(audience, a -> new ArrayList<>()).add(community.toString())));
    return gather(member.value(), true, Optional.of(byAudience));
  }

  private List<Evidence> gather(String who, boolean byMember, Optional<Map<Audience, List<String>>> shown) {
    List<Evidence> all = new ArrayList<>();
    for (Source source : SOURCES) {
      String condition = source.shown(shown);
      if (condition == null) {
        continue;
      }
      String query = "select " + source.select() + source.where(byMember) + condition;
      TypedQuery<Object[]> rows = transactions.entityManager().createQuery(query, Object[].class).setParameter("who", who);
      shown.ifPresent(in -> in.forEach((audience, communities) -> {
        if (source.audienceIs().apply(audience) != null) {
          rows.setParameter("in" + audience.name(), communities);
        }
      }));
      for (Object[] row : rows.getResultList()) {
        all.add(source.evidence().apply(row));
      }
    }
    all.sort(NEWEST_FIRST);
    return all;
  }

  private static Optional<CommunityId> community(Object id) {
    return Optional.of(CommunityId.of((String) id));
  }

  /** Learning's form: {@code ref=level} separated by {@code ;}. */
  private static Set<CompetenceRef> levelRefs(String text) {
    Set<CompetenceRef> refs = new HashSet<>();
    if (!text.isEmpty()) {
      for (String part : text.split(";")) {
        refs.add(CompetenceRef.of(part.substring(0, part.lastIndexOf('='))));
      }
    }
    return refs;
  }

  /** The knowledge base's plain IDs separated by spaces: those written id@version#code. */
  private static Set<CompetenceRef> plainRefs(String text) {
    Set<CompetenceRef> refs = new HashSet<>();
    if (!text.isEmpty()) {
      for (String part : Arrays.asList(text.split(" "))) {
        try {
          refs.add(CompetenceRef.of(part));
        } catch (RuntimeException notARef) {
          // A plain ID that names no framework version: not a competence a matrix can place.
        }
      }
    }
    return refs;
  }
}
