package org.copkit.jpa.moderation;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link Flags} on JPA: {@code cop_flag}. The unique {@code open_key} holds the one-open-flag rule in
 * the database; {@link #add} looks first only to say precisely what the duplicate is.
 */
final class JpaFlags implements Flags {

  private final JpaTransactions transactions;

  JpaFlags(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Flag flag) {
    FlagRow row = FlagRow.fromDomain(flag);
    if (flag.outcome() != Flag.Outcome.OPEN) {
      transactions.insert(row, describe(flag.id()));
      return;
    }
    String open = "open flag of " + flag.flagger() + " on " + flag.subject().key() + " in community " + flag.community();
    if (isOpen(OpenKey.ofFlag(flag.community(), flag.flagger(), flag.subject()))) {
      throw ConflictException.duplicate(open);
    }
    transactions.insert(row, describe(flag.id()) + " or an " + open);
  }

  private boolean isOpen(String openKey) {
    return !entityManager()
        .createQuery("select f.id from CopFlag f where f.openKey = :key", String.class)
        .setParameter("key", openKey)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Flag update(Flag flag) {
    String what = describe(flag.id());
    FlagRow row = entityManager().find(FlagRow.class, flag.id().toString());
    if (row == null) {
      throw new NotFoundException("flag", flag.id().toString());
    }
    if (row.version() != flag.version()) {
      throw ConflictException.staleVersion(what, flag.version());
    }
    boolean changed = !row.toDomain().equals(flag);
    row.copyChanges(flag);
    transactions.flushUpdate(row, changed, what, flag.version());
    return row.toDomain();
  }

  @Override
  public Optional<Flag> find(FlagId id) {
    return Optional.ofNullable(entityManager().find(FlagRow.class, id.toString())).map(FlagRow::toDomain);
  }

  @Override
  public List<Flag> open(CommunityId community, ModerationSubject subject) {
    return entityManager()
        .createQuery(
            "select f from CopFlag f where f.communityId = :community and f.subject = :subject and f.outcome = :open"
                + " order by f.raisedAt, f.id",
            FlagRow.class)
        .setParameter("community", community.toString())
        .setParameter("subject", subject.key())
        .setParameter("open", Flag.Outcome.OPEN.name())
        .getResultStream()
        .map(FlagRow::toDomain)
        .toList();
  }

  @Override
  public long countRaisedSince(MemberId flagger, Instant since) {
    return entityManager()
        .createQuery("select count(f) from CopFlag f where f.flagger = :flagger and f.raisedAt >= :since", Long.class)
        .setParameter("flagger", flagger.value())
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long countWithOutcome(MemberId flagger, Flag.Outcome outcome) {
    return entityManager()
        .createQuery("select count(f) from CopFlag f where f.flagger = :flagger and f.outcome = :outcome", Long.class)
        .setParameter("flagger", flagger.value())
        .setParameter("outcome", outcome.name())
        .getSingleResult();
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }

  private static String describe(FlagId id) {
    return "flag " + id;
  }
}
