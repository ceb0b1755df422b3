package org.copkit.jpa.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * (or the community's) rows through an index, projected to the columns evidence needs.
 */
final class JpaEvidenceSources implements EvidenceSources {

  private static final Comparator<Evidence> NEWEST_FIRST =
      Comparator.comparing(Evidence::at).reversed().thenComparing(Evidence::key);

  private final JpaTransactions transactions;

  JpaEvidenceSources(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  /** Which rows: a member's, or a community's. */
  private record Scope(String memberColumn, String communityColumn, String value, boolean byMember) {
    String where(String alias) {
      return alias + "." + (byMember ? memberColumn : communityColumn) + " = :who";
    }
  }

  @Override
  public List<Evidence> ofMember(MemberId member) {
    return gather(member.value(), true);
  }

  @Override
  public List<Evidence> inCommunity(CommunityId community) {
    return gather(community.toString(), false);
  }

  private List<Evidence> gather(String who, boolean byMember) {
    List<Evidence> all = new ArrayList<>();
    for (Object[] r : rows("select p.id, t.communityId, t.audience, p.audience, t.title, p.createdAt, p.author, t.competences"
        + " from CopPost p, CopThread t where t.acceptedAnswer = p.id and p.state = 'PUBLISHED' and t.state = 'PUBLISHED'"
        + " and " + (byMember ? "p.author" : "p.communityId") + " = :who", who)) {
      Audience audience = Audience.valueOf((String) r[2]) == Audience.CORE || Audience.valueOf((String) r[3]) == Audience.CORE
          ? Audience.CORE : Audience.COMMUNITY;
      all.add(new Evidence("answer:" + r[0], EvidenceKind.ANSWER_ACCEPTED, MemberId.of((String) r[6]),
          community(r[1]), audience, (String) r[4], "", "", (Instant) r[5], plainRefs(((String) r[7]).strip())));
    }
    for (Object[] r : rows("select i.id, i.communityId, i.audience, v.title, v.competences, i.createdAt, i.createdBy"
        + " from CopKnowledgeItem i, CopKnowledgeRevision v where v.itemId = i.id and v.number = i.currentRevision"
        + " and " + (byMember ? "i.createdBy" : "i.communityId") + " = :who", who)) {
      all.add(new Evidence("item:" + r[0], EvidenceKind.KNOWLEDGE_ITEM_WRITTEN, MemberId.of((String) r[6]),
          community(r[1]), Audience.valueOf((String) r[2]), (String) r[3], "", "", (Instant) r[5],
          plainRefs((String) r[4])));
    }
    for (Object[] r : rows("select c.outputId, c.communityId, i.audience, v.title, v.competences, c.startedAt, m.memberId"
        + " from CopOutputMember m, CopOutputCycle c, CopKnowledgeItem i, CopKnowledgeRevision v"
        + " where m.role = 'CO_AUTHOR' and c.outputId = m.outputId and i.id = c.outputId and m.memberId <> i.createdBy"
        + " and v.itemId = i.id"
        + " and v.number = i.currentRevision and " + (byMember ? "m.memberId" : "c.communityId") + " = :who", who)) {
      all.add(new Evidence("output:" + r[0], EvidenceKind.OUTPUT_CO_AUTHORED, MemberId.of((String) r[6]),
          community(r[1]), Audience.valueOf((String) r[2]), (String) r[3], "", "", (Instant) r[5],
          plainRefs((String) r[4])));
    }
    for (Object[] r : rows("select e.id, e.communityId, e.title, e.startsAt, e.competences, g.memberId"
        + " from CopRegistration g, CopCalendarEvent e where g.eventId = e.id and g.status = 'CONFIRMED'"
        + " and g.attendance = 'PRESENT' and " + (byMember ? "g.memberId" : "g.communityId") + " = :who", who)) {
      all.add(new Evidence("event:" + r[0], EvidenceKind.EVENT_ATTENDED, MemberId.of((String) r[5]), community(r[1]),
          Audience.COMMUNITY, (String) r[2], "", "", (Instant) r[3], levelRefs((String) r[4])));
    }
    for (Object[] r : rows("select u.id, u.communityId, u.title, c.completedAt, u.competences, c.memberId"
        + " from CopCompletion c, CopLearningUnit u where c.unitId = u.id"
        + " and " + (byMember ? "c.memberId" : "c.communityId") + " = :who", who)) {
      all.add(new Evidence("unit:" + r[0], EvidenceKind.UNIT_COMPLETED, MemberId.of((String) r[5]), community(r[1]),
          Audience.COMMUNITY, (String) r[2], "", "", (Instant) r[3], levelRefs((String) r[4])));
    }
    for (Object[] r : rows("select c.id, c.communityId, c.competence, c.memberId, e.number, e.kind, e.actor, e.level,"
        + " e.comment, e.evidence, e.recordedAt from CopCompetenceClaim c, CopClaimEntry e where e.claimId = c.id"
        + " and e.kind <> 'SELF_ASSESSED' and " + (byMember ? "c.memberId" : "c.communityId") + " = :who", who)) {
      boolean endorsed = "ENDORSED".equals(r[5]);
      all.add(new Evidence((endorsed ? "endorsement:" : "validation:") + r[0] + ":" + r[4],
          endorsed ? EvidenceKind.ENDORSEMENT_RECEIVED : EvidenceKind.LEVEL_VALIDATED, MemberId.of((String) r[3]),
          community(r[1]), Audience.COMMUNITY,
          r[2] + " at level " + r[7] + (endorsed ? ", endorsed by " : ", validated by ") + r[6],
          (String) r[8], (String) r[9], (Instant) r[10], Set.of(CompetenceRef.of((String) r[2]))));
    }
    all.sort(NEWEST_FIRST);
    return all;
  }

  private List<Object[]> rows(String query, String who) {
    return transactions.entityManager().createQuery(query, Object[].class).setParameter("who", who).getResultList();
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
