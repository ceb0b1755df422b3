package org.copkit.jpa.notification;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.privacy.port.RetainedData;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * The attention book's rows the JPA storage deletes once older than their retention period:
 * interruptions ({@value AttentionBook#INTERRUPTION_RETENTION}), digests sent but each member's
 * latest ({@value AttentionBook#DIGEST_RETENTION}) and unsubscribe tokens ({@value
 * AttentionBook#TOKEN_RETENTION}). The oldest rows are selected (at most a batch), then deleted
 * by key, one bulk statement each: a row another node deleted first is simply not counted.
 */
final class AttentionRetention implements RetainedData {

  private final JpaTransactions transactions;
  private final String kind;
  private final String select;
  private final String delete;

  private AttentionRetention(JpaTransactions transactions, String kind, String select, String delete) {
    this.transactions = transactions;
    this.kind = kind;
    this.select = select;
    this.delete = delete;
  }

  static List<RetainedData> of(JpaTransactions transactions) {
    return List.of(
        new AttentionRetention(transactions, AttentionBook.INTERRUPTION_RETENTION,
            "select i.memberId, i.day, i.slot from CopInterruption i where i.at < :before"
                + " order by i.at, i.memberId, i.day, i.slot",
            "delete from CopInterruption i where i.memberId = ?1 and i.day = ?2 and i.slot = ?3"),
        new AttentionRetention(transactions, AttentionBook.DIGEST_RETENTION,
            "select d.memberId, d.period from CopDigestSent d where d.sentAt < :before"
                + " and d.to < (select max(l.to) from CopDigestSent l where l.memberId = d.memberId)"
                + " order by d.sentAt, d.memberId, d.period",
            "delete from CopDigestSent d where d.memberId = ?1 and d.period = ?2"),
        new AttentionRetention(transactions, AttentionBook.TOKEN_RETENTION,
            "select t.token from CopUnsubscribeToken t where t.issuedAt < :before order by t.issuedAt, t.token",
            "delete from CopUnsubscribeToken t where t.token = ?1"));
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public long sweep(Instant before, int max) {
    EntityManager em = transactions.entityManager();
    List<?> keys = em.createQuery(select).setParameter("before", before).setMaxResults(max).getResultList();
    long deleted = 0;
    for (Object key : keys) {
      Object[] parts = key instanceof Object[] values ? values : new Object[] {key};
      var statement = em.createQuery(delete);
      for (int i = 0; i < parts.length; i++) {
        statement.setParameter(i + 1, parts[i]);
      }
      deleted += statement.executeUpdate();
    }
    return deleted;
  }
}
