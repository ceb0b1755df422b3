package org.copkit.jpa.privacy;

import static org.copkit.jpa.privacy.SqlPersonalData.Erase.DELETE;
import static org.copkit.jpa.privacy.SqlPersonalData.Erase.EXPORT_ONLY;
import static org.copkit.jpa.privacy.SqlPersonalData.Erase.PSEUDONYMISE;
import static org.copkit.jpa.privacy.SqlPersonalData.Erase.PSEUDONYMISE_VERSIONED;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.privacy.SqlPersonalData.Held;
import org.copkit.jpa.privacy.SqlPersonalData.Step;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * What the tables of the knowledge base, the production cycle of outputs, learning, competence
 * claims and portfolios hold about a member. Keys that embed a member ID (a completion's, a
 * registration's, a credit's, a cycle member's) are rewritten with the pseudonym; the text the
 * member wrote in a community whose policy is {@code REMOVE} becomes {@link Privacy#REMOVED_TEXT}.
 * Counters (ratings, reach, endorsements) are not touched: the pseudonym's rows keep them right.
 */
final class CapabilityTables {

  private CapabilityTables() {}

  /**
   * @param transactions the unit of work
   * @return the knowledge base, production, learning, competence and portfolio capabilities
   */
  static List<PersonalData> personalData(JpaTransactions transactions) {
    return List.of(knowledge(transactions), production(transactions), learning(transactions),
        competence(transactions), portfolio(transactions));
  }

  private static PersonalData knowledge(JpaTransactions transactions) {
    String inRemoving = "item_id IN (SELECT id FROM cop_knowledge_item WHERE community_id IN (:c))";
    return new SqlPersonalData("knowledge", transactions, List.of(
        new Held("knowledge-item", "cop_knowledge_item", List.of("id:id", "community_id:community", "kind:kind",
            "audience:audience", "created_by:createdBy", "created_at:createdAt", "owner_id:owner",
            "current_revision:revision"), List.of("created_by", "owner_id"), "id", PSEUDONYMISE_VERSIONED),
        new Held("knowledge-revision", "cop_knowledge_revision", List.of("item_id:item", "revision_number:number",
            "title:title", "body:body", "link:link", "tags:tags", "author:author", "written_at:at", "note:note"),
            List.of("author"), "item_id, revision_number", PSEUDONYMISE),
        new Held("co-author", "cop_knowledge_co_author", List.of("item_id:item"), List.of("member_id"), "item_id",
            PSEUDONYMISE),
        new Held("rating", "cop_item_rating", List.of("item_id:item", "revision_number:revision", "stars:stars",
            "rated_at:at"), List.of("member_id"), "item_id, revision_number", PSEUDONYMISE),
        new Held("helpful", "cop_item_helpful", List.of("item_id:item", "marked_at:at"), List.of("member_id"),
            "item_id", PSEUDONYMISE),
        new Held("comment", "cop_item_comment", List.of("comment_id:id", "item_id:item", "revision_number:revision",
            "reply_to:inReplyTo", "author:author", "body:body", "written_at:at"), List.of("author"),
            "written_at, comment_id", PSEUDONYMISE),
        new Held("attached-file", "cop_item_file", List.of("item_id:item", "revision_number:revision",
            "file_name:name", "document_key:document", "content_type:contentType", "size_bytes:size",
            "sha256:sha256", "attached_by:by", "attached_at:at"), List.of("attached_by"),
            "item_id, revision_number", PSEUDONYMISE)),
        List.of(
            rekey("cop_knowledge_co_author", "credit_key", "item_id", "member_id"),
            removing("UPDATE cop_knowledge_revision SET title = :t, body = :t, html = :h, note = '' "
                + "WHERE author = :m AND " + inRemoving),
            removing("UPDATE cop_item_comment SET body = :t, html = :h WHERE author = :m AND " + inRemoving)));
  }

  private static PersonalData production(JpaTransactions transactions) {
    String inRemoving = "output_id IN (SELECT output_id FROM cop_output_cycle WHERE community_id IN (:c))";
    return new SqlPersonalData("production", transactions, List.of(
        new Held("output-cycle", "cop_output_cycle", List.of("output_id:output", "community_id:community",
            "stage:stage", "started_by:startedBy", "started_at:startedAt", "requested_by:requestedBy",
            "requested_at:requestedAt", "published_by:publishedBy", "published_at:publishedAt",
            "assessed_by:assessedBy", "assessed_at:assessedAt", "achieved:achieved", "reach:reach",
            "lessons:lessons"), List.of("started_by", "requested_by", "published_by", "assessed_by"), "output_id",
            PSEUDONYMISE_VERSIONED),
        new Held("output-role", "cop_output_member", List.of("output_id:output", "member_role:role"),
            List.of("member_id"), "output_id, member_role", PSEUDONYMISE),
        new Held("review", "cop_output_review", List.of("output_id:output", "review_round:round",
            "revision_number:revision", "verdict:verdict", "review_comment:comment", "reviewed_at:at"),
            List.of("reviewer"), "output_id, seq_number", PSEUDONYMISE),
        new Held("diffusion", "cop_output_diffusion", List.of("output_id:output", "target_kind:target",
            "target_community:community", "channel:channel", "note:note", "diffused_at:at"),
            List.of("diffused_by"), "output_id, seq_number", PSEUDONYMISE)),
        List.of(
            (em, erasure) -> {
              em.createNativeQuery("UPDATE cop_output_member SET member_key = CONCAT(output_id, CONCAT(' ', "
                      + "CONCAT(member_role, CONCAT(' ', :p)))) WHERE member_id = :m")
                  .setParameter("p", erasure.pseudonym().value()).setParameter("m", erasure.member().value())
                  .executeUpdate();
              return 0;
            },
            removing("UPDATE cop_output_review SET review_comment = :t WHERE reviewer = :m AND review_comment <> '' "
                + "AND " + inRemoving),
            removing("UPDATE cop_output_diffusion SET note = :t WHERE diffused_by = :m AND note <> '' AND "
                + inRemoving),
            removing("UPDATE cop_output_cycle SET achieved = :t, reach = :t, lessons = :t, version = version + 1 "
                + "WHERE assessed_by = :m AND community_id IN (:c)")));
  }

  private static PersonalData learning(JpaTransactions transactions) {
    return new SqlPersonalData("learning", transactions, List.of(
        new Held("completion", "cop_completion", List.of("unit_id:unit", "community_id:community",
            "completed_at:completedAt", "source:source"), List.of("member_id"), "completed_at, unit_id",
            PSEUDONYMISE),
        new Held("registration", "cop_registration", List.of("event_id:event", "community_id:community",
            "status:status", "attendance:attendance", "registered_at:registeredAt"), List.of("member_id"),
            "registered_at, event_id", PSEUDONYMISE_VERSIONED),
        new Held("event-organised", "cop_calendar_event", List.of("id:id", "community_id:community", "kind:kind",
            "title:title", "description:description", "starts_at:startsAt", "ends_at:endsAt",
            "organiser:organiser"), List.of("organiser"), "starts_at, id", PSEUDONYMISE_VERSIONED),
        new Held("unit-published", "cop_learning_unit", List.of("id:id", "community_id:community", "title:title",
            "summary:summary", "link:link", "author:author", "published_at:publishedAt"), List.of("author"),
            "published_at, id", PSEUDONYMISE),
        new Held("path-created", "cop_learning_path", List.of("id:id", "community_id:community", "title:title",
            "description:description", "author:author", "created_at:createdAt"), List.of("author"),
            "created_at, id", PSEUDONYMISE)),
        List.of(
            rekey("cop_completion", "completion_key", "unit_id", "member_id"),
            rekey("cop_registration", "registration_key", "event_id", "member_id"),
            removing("UPDATE cop_calendar_event SET description = :t, version = version + 1 "
                + "WHERE organiser = :m AND community_id IN (:c)"),
            removing("UPDATE cop_learning_unit SET summary = :t WHERE author = :m AND community_id IN (:c)"),
            removing("UPDATE cop_learning_path SET description = :t WHERE author = :m AND community_id IN (:c)")));
  }

  private static PersonalData competence(JpaTransactions transactions) {
    return new SqlPersonalData("competence", transactions, List.of(
        new Held("claim", "cop_competence_claim", List.of("id:id", "community_id:community",
            "competence:competence", "claimed_level:level", "endorsed_level:endorsedLevel",
            "endorsements:endorsements", "validated_level:validatedLevel", "claimed_at:claimedAt",
            "updated_at:updatedAt"), List.of("member_id"), "claimed_at, id", PSEUDONYMISE_VERSIONED),
        // the history of their claims (endorsements and validations received) and what they did on others'
        new Held("claim-entry", "(SELECT e.claim_id, e.seq_number, e.kind, e.actor, e.entry_level, e.comment_text, "
            + "e.evidence, e.recorded_at, c.member_id AS claimant FROM cop_competence_claim_entry e "
            + "JOIN cop_competence_claim c ON c.id = e.claim_id) history", List.of("claim_id:claim",
            "seq_number:number", "kind:kind", "actor:actor", "entry_level:level", "comment_text:comment",
            "evidence:evidence", "recorded_at:recordedAt"), List.of("claimant", "actor"), "claim_id, seq_number",
            EXPORT_ONLY),
        new Held("claim-entry", "cop_competence_claim_entry", List.of(), List.of("actor"), "claim_id, seq_number",
            PSEUDONYMISE)),
        List.of(removing("UPDATE cop_competence_claim_entry SET comment_text = :t, evidence = '' WHERE actor = :m "
            + "AND claim_id IN (SELECT id FROM cop_competence_claim WHERE community_id IN (:c))")));
  }

  private static PersonalData portfolio(JpaTransactions transactions) {
    return new SqlPersonalData("portfolio", transactions, List.of(
        new Held("portfolio-entry", "cop_portfolio_entry", List.of("evidence_key:key", "kind:kind", "title:title",
            "body:text", "link:link", "competences:competences", "recorded_at:at"), List.of("member_id"),
            "recorded_at, evidence_key", DELETE),
        new Held("portfolio-page", "cop_portfolio_page", List.of("id:id", "title:title",
            "introduction:introduction", "evidence_keys:evidence", "audience:audience", "community_id:community",
            "created_at:createdAt"), List.of("owner_id"), "created_at, id", DELETE)),
        List.of());
  }

  /**
   * Audit entries whose detail or reason names the member as a word (such as the reviewers an
   * e-moderator asked for) name the pseudonym instead ({@link Pseudonymisation#replacedIn}).
   */
  static long auditTexts(EntityManager em, Pseudonymisation erasure) {
    String like = "%" + erasure.member().value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<?> rows = em.createNativeQuery("SELECT seq, detail, reason FROM cop_audit_entry WHERE detail LIKE :l "
        + "OR reason LIKE :l").setParameter("l", like).getResultList();
    long changed = 0;
    for (Object row : rows) {
      Object[] values = (Object[]) row;
      // a pseudonym is longer than most IDs: the columns' limits (500, 2000) still hold
      String detail = cut(erasure.replacedIn(String.valueOf(values[1])), 500);
      String reason = cut(erasure.replacedIn(String.valueOf(values[2])), 2000);
      if (!detail.equals(values[1]) || !reason.equals(values[2])) {
        changed += em.createNativeQuery("UPDATE cop_audit_entry SET detail = :d, reason = :r WHERE seq = :s")
            .setParameter("d", detail).setParameter("r", reason).setParameter("s", values[0]).executeUpdate();
      }
    }
    return changed;
  }

  /**
   * Exports, as {@code audit-entry} records, the entries that name the member as a word in their
   * detail or reason but not as their actor or subject (those the audit's table export holds).
   */
  static void auditMentions(EntityManager em, MemberId member, List<String> exported, PersonalRecords out) {
    String like = "%" + member.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String columns = String.join(", ", exported.stream().map(pair -> pair.substring(0, pair.indexOf(':'))).toList());
    List<?> rows = em.createNativeQuery("SELECT " + columns + " FROM cop_audit_entry WHERE (detail LIKE :l OR "
            + "reason LIKE :l) AND (actor IS NULL OR actor <> :m) AND (subject IS NULL OR subject <> :m) ORDER BY seq")
        .setParameter("l", like).setParameter("m", member.value()).getResultList();
    int detail = exported.indexOf("detail:detail");
    int reason = exported.indexOf("reason:reason");
    for (Object row : rows) {
      Object[] values = (Object[]) row;
      if (!Pseudonymisation.namedIn(member, String.valueOf(values[detail]))
          && !Pseudonymisation.namedIn(member, String.valueOf(values[reason]))) {
        continue; // the ID only inside a longer word: someone else's
      }
      java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
      for (int i = 0; i < exported.size(); i++) {
        record.put(exported.get(i).substring(exported.get(i).indexOf(':') + 1), SqlPersonalData.normalised(values[i]));
      }
      out.record("audit-entry", record);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** A key made of another column, a space and the member ID gets the pseudonym's instead. */
  private static Step rekey(String table, String key, String prefix, String member) {
    return (em, erasure) -> {
      em.createNativeQuery("UPDATE " + table + " SET " + key + " = CONCAT(" + prefix + ", CONCAT(' ', :p)) WHERE "
              + member + " = :m")
          .setParameter("p", erasure.pseudonym().value()).setParameter("m", erasure.member().value()).executeUpdate();
      return 0;
    };
  }

  /**
   * Where the policy says so, text the member wrote goes: the statement sets {@code :t} (and may set
   * {@code :h}, the HTML) where {@code :m} is the member and the community is in {@code :c}.
   */
  private static Step removing(String statement) {
    return (EntityManager em, Pseudonymisation erasure) -> {
      if (erasure.removing().isEmpty()) {
        return 0;
      }
      Query query = em.createNativeQuery(statement).setParameter("t", Privacy.REMOVED_TEXT)
          .setParameter("m", erasure.member().value())
          .setParameter("c", erasure.removing().stream().map(Object::toString).sorted().toList());
      if (statement.contains(":h")) {
        query.setParameter("h", Privacy.REMOVED_HTML);
      }
      return query.executeUpdate();
    };
  }
}
