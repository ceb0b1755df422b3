package org.copkit.jpa.privacy;

import static org.copkit.jpa.privacy.SqlPersonalData.Erase.DELETE;
import static org.copkit.jpa.privacy.SqlPersonalData.Erase.PSEUDONYMISE;
import static org.copkit.jpa.privacy.SqlPersonalData.Erase.PSEUDONYMISE_VERSIONED;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.ErasureLedger;
import org.copkit.api.privacy.port.ErasurePolicies;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.privacy.SqlPersonalData.Held;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * <b>Wiring, not API:</b> builds the JPA implementations of the privacy ports for {@code
 * JpaStorage}, and describes what each capability's tables hold about a member.
 */
public final class PrivacyPorts {

  private PrivacyPorts() {}

  /** @return the entity classes of this feature, for the persistence unit */
  public static List<Class<?>> entityClasses() {
    return List.of(ErasureRow.class, ErasurePolicyRow.class);
  }

  /**
   * @param transactions the unit of work
   * @return the erasure ledger
   */
  public static ErasureLedger erasureLedger(JpaTransactions transactions) {
    return new JpaErasureLedger(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return the communities' erasure policies
   */
  public static ErasurePolicies erasurePolicies(JpaTransactions transactions) {
    return new JpaErasurePolicies(transactions);
  }

  /**
   * @param transactions the storage's unit of work
   * @return the kinds of row kept only for a retention period: audit entries, published outbox
   *     messages
   */
  public static List<org.copkit.api.privacy.port.RetainedData> retainedData(JpaTransactions transactions) {
    return RetainedRows.of(transactions);
  }

  /**
   * @param transactions the unit of work
   * @return what each capability's tables hold about members
   */
  public static List<PersonalData> personalData(JpaTransactions transactions) {
    List<PersonalData> all = new java.util.ArrayList<>(List.of(community(transactions), discussion(transactions),
        moderation(transactions), audit(transactions), outbox(transactions)));
    all.addAll(CapabilityTables.personalData(transactions));
    all.add(attention(transactions));
    return List.copyOf(all);
  }

  /** Members' attention (V36): nothing in it is shared with others, so erasure deletes it. */
  private static PersonalData attention(JpaTransactions transactions) {
    return new SqlPersonalData("attention", transactions, List.of(
        new Held("settings", "cop_attention", List.of("member_id:member", "frequency:frequency", "zone:zone",
            "digest_at:digestAt", "digest_day:digestDay", "quiet_from:quietFrom", "quiet_to:quietTo",
            "unsubscribed:unsubscribed", "channels:channels", "channel_topics:channelTopics",
            "daily_budget:dailyBudget", "changed_at:changedAt", "window_from:windowFrom"), List.of("member_id"), "member_id", DELETE),
        new Held("digest", "cop_digest_sent", List.of("member_id:member", "period:period", "from_at:from",
            "to_at:to", "sent_at:sentAt"), List.of("member_id"), "sent_at, period", DELETE),
        new Held("unsubscribe-token", "cop_unsubscribe_token", List.of("token:token", "member_id:member",
            "section:subscription", "issued_at:issuedAt"), List.of("member_id"), "issued_at, token", DELETE),
        new Held("interruption", "cop_interruption", List.of("member_id:member", "on_day:day", "slot:slot",
            "at_time:at"), List.of("member_id"), "at_time, slot", DELETE)),
        List.of());
  }

  private static PersonalData community(JpaTransactions transactions) {
    return new SqlPersonalData("community", transactions, List.of(
        new Held("membership", "cop_membership", List.of("community_id:community", "member_id:member", "tier:tier",
            "is_e_moderator:eModerator", "is_expert:expert", "joined_at:joinedAt"), List.of("member_id"),
            "community_id", DELETE),
        new Held("join-request", "cop_join_request", List.of("id:id", "community_id:community", "requester:requester",
            "message:message", "requested_at:requestedAt", "status:status", "decided_by:decidedBy",
            "decided_at:decidedAt", "reason:reason"), List.of("requester", "decided_by"), "id", PSEUDONYMISE_VERSIONED),
        new Held("invitation", "cop_invitation", List.of("id:id", "community_id:community", "invitee:invitee",
            "invited_by:invitedBy", "tier:tier", "message:message", "invited_at:invitedAt", "status:status",
            "decided_by:decidedBy", "decided_at:decidedAt"), List.of("invitee", "invited_by", "decided_by"), "id",
            PSEUDONYMISE_VERSIONED),
        new Held("community-created", "cop_community", List.of("id:id", "name:name", "created_by:createdBy",
            "created_at:createdAt"), List.of("created_by"), "id", PSEUDONYMISE_VERSIONED),
        new Held("stage-change", "cop_stage_change", List.of("community_id:community", "from_stage:from",
            "to_stage:to", "actor:actor", "reason:reason", "changed_at:at"), List.of("actor"), "seq", PSEUDONYMISE)),
        List.of(
            (em, e) -> pendingKeys(em, e, "cop_join_request", "requester"),
            (em, e) -> pendingKeys(em, e, "cop_invitation", "invitee")));
  }

  private static long pendingKeys(EntityManager em, Pseudonymisation erasure, String table, String person) {
    em.createNativeQuery("UPDATE " + table + " SET pending_key = CONCAT(community_id, CONCAT('/', :p)) WHERE "
            + person + " = :m AND pending_key IS NOT NULL")
        .setParameter("p", erasure.pseudonym().value()).setParameter("m", erasure.member().value()).executeUpdate();
    return 0;
  }

  private static PersonalData discussion(JpaTransactions transactions) {
    return new SqlPersonalData("discussion", transactions, List.of(
        new Held("thread", "cop_thread", List.of("id:id", "community_id:community", "kind:kind", "title:title",
            "author:author", "created_at:createdAt", "state:state"), List.of("author", "status_by"), "id",
            PSEUDONYMISE_VERSIONED),
        new Held("post", "cop_post", List.of("id:id", "thread_id:thread", "community_id:community",
            "in_reply_to:inReplyTo", "author:author", "body:body", "created_at:createdAt", "edited_at:editedAt",
            "revision:revision", "state:state"), List.of("author"), "created_at, id", PSEUDONYMISE_VERSIONED),
        new Held("post-revision", "cop_post_revision", List.of("post_id:post", "revision:revision", "body:body",
            "edited_by:editedBy", "edited_at:editedAt", "reason:reason"), List.of("edited_by"), "post_id, revision",
            PSEUDONYMISE),
        new Held("reaction", "cop_reaction", List.of("post_id:post", "reaction:reaction"), List.of("member_id"),
            "post_id, reaction", PSEUDONYMISE),
        new Held("mentioned-in", "cop_post_mention", List.of("post_id:post"), List.of("member_id"), "post_id",
            PSEUDONYMISE),
        // the participation reports' summary of their published posts (ContributionSummary): counts per
        // community and year; its tokens repeat the posts' times, exported above
        new Held("contribution-summary", "cop_contribution_summary", List.of("community_id:community",
            "post_year:year", "contributions:contributions"), List.of("author"), "community_id, post_year",
            PSEUDONYMISE)),
        List.of(PrivacyPorts::removeWriting, PrivacyPorts::neutraliseMentions));
  }

  /** Where the policy says so, the member's posts and their revisions lose their text. */
  private static long removeWriting(EntityManager em, Pseudonymisation erasure) {
    if (erasure.removing().isEmpty()) {
      return 0;
    }
    List<String> communities = erasure.removing().stream().map(Object::toString).sorted().toList();
    em.createNativeQuery("UPDATE cop_post_revision SET body = :t WHERE post_id IN "
            + "(SELECT id FROM cop_post WHERE author = :m AND community_id IN (:c))")
        .setParameter("t", Privacy.REMOVED_TEXT).setParameter("m", erasure.member().value())
        .setParameter("c", communities).executeUpdate();
    return em.createNativeQuery("UPDATE cop_post SET body = :t, html = :h WHERE author = :m AND community_id IN (:c)")
        .setParameter("t", Privacy.REMOVED_TEXT).setParameter("h", Privacy.REMOVED_HTML)
        .setParameter("m", erasure.member().value()).setParameter("c", communities).executeUpdate();
  }

  /** Others' posts that mention the member ({@code @id}) mention the pseudonym instead. */
  private static long neutraliseMentions(EntityManager em, Pseudonymisation erasure) {
    String at = "@" + erasure.member().value();
    String atPseudonym = "@" + erasure.pseudonym().value();
    em.createNativeQuery("UPDATE cop_post_revision SET body = REPLACE(body, :at, :ap) "
            + "WHERE post_id IN (SELECT post_id FROM cop_post_mention WHERE member_id = :m)")
        .setParameter("at", at).setParameter("ap", atPseudonym).setParameter("m", erasure.member().value())
        .executeUpdate();
    // the sanitizer writes @ in HTML as &#64;
    return em.createNativeQuery("UPDATE cop_post SET body = REPLACE(body, :at, :ap), "
            + "html = REPLACE(REPLACE(html, :at, :ap), :et, :ep), version = version + 1 "
            + "WHERE id IN (SELECT post_id FROM cop_post_mention WHERE member_id = :m)")
        .setParameter("at", at).setParameter("ap", atPseudonym)
        .setParameter("et", "&#64;" + erasure.member().value()).setParameter("ep", "&#64;" + erasure.pseudonym().value())
        .setParameter("m", erasure.member().value()).executeUpdate();
  }

  private static PersonalData moderation(JpaTransactions transactions) {
    return new SqlPersonalData("moderation", transactions, List.of(
        new Held("flag", "cop_flag", List.of("id:id", "community_id:community", "subject:subject", "flagger:flagger",
            "reason:reason", "explanation:text", "weight:weight", "raised_at:raisedAt", "outcome:outcome"),
            List.of("flagger"), "id", PSEUDONYMISE_VERSIONED),
        new Held("mute", "cop_mute", List.of("community_id:community", "member_id:member", "muted_until:until",
            "muted_by:by", "muted_at:at", "reason:reason"), List.of("member_id", "muted_by"), "seq", PSEUDONYMISE),
        new Held("review-item", "cop_review_item", List.of("id:id", "community_id:community", "subject:subject",
            "status:status", "status_at:statusAt", "decision:decision", "decision_reasons:reasons"),
            List.of("status_by"), "id", PSEUDONYMISE_VERSIONED)),
        List.of(PrivacyPorts::flagKeys, PrivacyPorts::subjects));
  }

  /** The keys of open flags the member raised or that are about them name the pseudonym. */
  private static long flagKeys(EntityManager em, Pseudonymisation erasure) {
    String member = erasure.member().value();
    String subject = "member:" + member;
    String pseudonymSubject = "member:" + erasure.pseudonym().value();
    List<?> rows = em.createNativeQuery("SELECT id, community_id, flagger, subject FROM cop_flag "
            + "WHERE open_key IS NOT NULL AND (flagger = :m OR subject = :s)")
        .setParameter("m", member).setParameter("s", subject).getResultList();
    for (Object row : rows) {
      Object[] values = (Object[]) row;
      String flagger = member.equals(values[2]) ? erasure.pseudonym().value() : (String) values[2];
      String about = subject.equals(values[3]) ? pseudonymSubject : (String) values[3];
      em.createNativeQuery("UPDATE cop_flag SET open_key = :k WHERE id = :id")
          .setParameter("k", values[1] + "/" + flagger.length() + ":" + flagger + "/" + about)
          .setParameter("id", values[0]).executeUpdate();
    }
    return 0;
  }

  /** Flags and review items about the member's behaviour are about the pseudonym's. */
  private static long subjects(EntityManager em, Pseudonymisation erasure) {
    String subject = "member:" + erasure.member().value();
    String pseudonymSubject = "member:" + erasure.pseudonym().value();
    long changed = em.createNativeQuery("UPDATE cop_flag SET subject = :ps, version = version + 1 WHERE subject = :s")
        .setParameter("ps", pseudonymSubject).setParameter("s", subject).executeUpdate();
    return changed + em.createNativeQuery("UPDATE cop_review_item SET subject = :ps, open_key = CASE WHEN open_key IS "
            + "NULL THEN NULL ELSE CONCAT(community_id, CONCAT('/', :ps)) END, version = version + 1 WHERE subject = :s")
        .setParameter("ps", pseudonymSubject).setParameter("s", subject).executeUpdate();
  }

  /**
   * The audit entries whose actor or subject is the member, then those that name them as a word in
   * their detail or reason only (the reviewers an e-moderator asked for): what an erasure
   * pseudonymises there, an export holds.
   */
  private static PersonalData audit(JpaTransactions transactions) {
    List<String> exported = List.of("occurred_at:at", "actor:actor", "as_administrator:asAdministrator",
        "scope:scope", "action:action", "subject:subject", "detail:detail", "reason:reason");
    SqlPersonalData entries = new SqlPersonalData("audit", transactions, List.of(
        new Held("audit-entry", "cop_audit_entry", exported, List.of("actor", "subject"), "seq", PSEUDONYMISE)),
        List.of(CapabilityTables::auditTexts));
    return new PersonalData() {
      @Override
      public String capability() {
        return entries.capability();
      }

      @Override
      public void export(MemberId member, PersonalRecords out) {
        entries.export(member, out);
        CapabilityTables.auditMentions(transactions.entityManager(), member, exported, out);
      }

      @Override
      public long erase(Pseudonymisation erasure) {
        return entries.erase(erasure);
      }
    };
  }

  /** Domain events waiting in the outbox (or sent) name the pseudonym instead of the member. */
  private static PersonalData outbox(JpaTransactions transactions) {
    return new SqlPersonalData("outbox", transactions, List.of(), List.of((em, erasure) -> {
      String quoted = '"' + new String(JsonStringEncoder.getInstance().quoteAsString(erasure.member().value())) + '"';
      String replacement = '"' + new String(JsonStringEncoder.getInstance().quoteAsString(erasure.pseudonym().value())) + '"';
      return em.createNativeQuery("UPDATE cop_outbox SET payload = REPLACE(payload, :q, :r) WHERE payload LIKE :l")
          .setParameter("q", quoted).setParameter("r", replacement)
          .setParameter("l", "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
          .executeUpdate();
    }));
  }
}
