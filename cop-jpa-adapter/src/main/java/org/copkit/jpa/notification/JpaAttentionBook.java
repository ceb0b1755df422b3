package org.copkit.jpa.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.notification.port.PageClaim;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link AttentionBook} on JPA: {@code cop_attention}, {@code cop_digest_sent}, {@code
 * cop_unsubscribe_token} and {@code cop_interruption}, whose primary keys hold every uniqueness
 * rule (a second writer waits for the first and then fails, DUPLICATE).
 */
final class JpaAttentionBook implements AttentionBook {

  private final JpaTransactions transactions;

  JpaAttentionBook(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<AttentionRecord> find(MemberId member) {
    Validation.required("member", member);
    return Optional.ofNullable(transactions.entityManager().find(AttentionRow.class, member.value()))
        .map(AttentionRow::toDomain);
  }

  @Override
  public AttentionRecord add(AttentionRecord record) {
    Validation.required("record", record);
    AttentionRow row = new AttentionRow(record);
    transactions.insert(row, "attention settings of " + record.member());
    return row.toDomain();
  }

  @Override
  public AttentionRecord update(AttentionRecord record) {
    Validation.required("record", record);
    String what = "attention settings of " + record.member();
    AttentionRow row = transactions.entityManager().find(AttentionRow.class, record.member().value());
    if (row == null) {
      throw new NotFoundException("attention settings", record.member().value());
    }
    if (row.version() != record.version()) {
      throw ConflictException.staleVersion(what, record.version());
    }
    row.copyChanges(record);
    transactions.flushUpdate(row, true, what, record.version());
    return row.toDomain();
  }

  @Override
  public List<AttentionRecord> digestible(Optional<MemberId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, 1000);
    return transactions.entityManager()
        .createQuery("select a from CopAttention a where (a.frequency <> :immediate or a.quietFrom is not null"
            + " or a.dailyBudget is not null or a.channels like '%:%')"
            + " and a.memberId > :after order by a.memberId", AttentionRow.class)
        .setParameter("immediate", Frequency.IMMEDIATE.name())
        .setParameter("after", after.map(MemberId::value).orElse(""))
        .setMaxResults(max)
        .getResultStream()
        .map(AttentionRow::toDomain)
        .toList();
  }

  @Override
  public Optional<SentDigest> digest(MemberId member, String period) {
    Validation.required("member", member);
    Validation.required("period", period);
    return Optional.ofNullable(transactions.entityManager()
            .find(SentDigestRow.class, new SentDigestRow.Key(member.value(), period)))
        .map(SentDigestRow::toDomain);
  }

  @Override
  public void addDigest(SentDigest digest) {
    Validation.required("digest", digest);
    transactions.insert(new SentDigestRow(digest), "digest " + digest.period() + " of " + digest.member());
  }

  @Override
  public Optional<Instant> lastDigestEnd(MemberId member) {
    Validation.required("member", member);
    return Optional.ofNullable(transactions.entityManager()
        .createQuery("select max(d.to) from CopDigestSent d where d.memberId = :m", Instant.class)
        .setParameter("m", member.value())
        .getSingleResult());
  }

  @Override
  public Map<MemberId, Instant> lastDigestEnds(Collection<MemberId> members) {
    Validation.between("members", Validation.noNulls("members", members).size(), 0, 1000);
    Map<MemberId, Instant> found = new HashMap<>();
    if (members.isEmpty()) {
      return found;
    }
    transactions.entityManager()
        .createQuery("select d.memberId, max(d.to) from CopDigestSent d where d.memberId in :m group by d.memberId",
            Object[].class)
        .setParameter("m", members.stream().map(MemberId::value).distinct().toList())
        .getResultStream()
        .forEach(row -> found.put(MemberId.of((String) row[0]), (Instant) row[1]));
    return found;
  }

  @Override
  public Optional<Instant> lastDigestEnd(MemberId member, String periodPrefix) {
    Validation.required("member", member);
    Validation.required("periodPrefix", periodPrefix);
    // periods are printable ASCII without spaces; their own '%' and '_' are escaped for LIKE
    String pattern = periodPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return Optional.ofNullable(transactions.entityManager()
        .createQuery("select max(d.to) from CopDigestSent d where d.memberId = :m and d.period like :p escape '!'",
            Instant.class)
        .setParameter("m", member.value())
        .setParameter("p", pattern)
        .getSingleResult());
  }

  @Override
  public void addToken(UnsubscribeToken token) {
    Validation.required("token", token);
    transactions.insert(new UnsubscribeTokenRow(token), "unsubscribe token");
  }

  @Override
  public Optional<UnsubscribeToken> token(String token) {
    return Optional.ofNullable(transactions.entityManager().find(UnsubscribeTokenRow.class, UnsubscribeToken.check(token)))
        .map(UnsubscribeTokenRow::toDomain);
  }

  @Override
  public int interruptions(MemberId member, LocalDate day) {
    Validation.required("member", member);
    Validation.required("day", day);
    return transactions.entityManager()
        .createQuery("select count(i) from CopInterruption i where i.memberId = :m and i.day = :d", Long.class)
        .setParameter("m", member.value())
        .setParameter("d", day)
        .getSingleResult()
        .intValue();
  }

  @Override
  public void addInterruption(MemberId member, LocalDate day, int slot, Instant at) {
    Validation.required("member", member);
    Validation.required("day", day);
    Validation.between("slot", slot, 1, Integer.MAX_VALUE);
    Validation.required("at", at);
    transactions.insert(new InterruptionRow(member, day, slot, at), "interruption " + slot + " of " + member + " on " + day);
  }
  @Override
  public void addClaim(PageClaim claim) {
    Validation.required("claim", claim);
    transactions.insert(new PageClaimRow(claim), "claim on page " + claim.page() + " of " + claim.slot());
  }

  @Override
  public Optional<PageClaim> claim(String slot, int page) {
    Validation.required("slot", slot);
    return Optional.ofNullable(transactions.entityManager().find(PageClaimRow.class, new PageClaimRow.Key(slot, page)))
        .map(PageClaimRow::toDomain);
  }

  @Override
  public long sweepClaims(String slot) {
    Validation.required("slot", slot);
    return transactions.entityManager().createQuery("delete from CopDigestClaim c where c.slot < :slot")
        .setParameter("slot", slot).executeUpdate();
  }
}
