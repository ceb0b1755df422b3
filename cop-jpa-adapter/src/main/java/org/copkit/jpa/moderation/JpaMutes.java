package org.copkit.jpa.moderation;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Mutes} on JPA: {@code cop_mute}, append-only. */
final class JpaMutes implements Mutes {

  private final JpaTransactions transactions;

  JpaMutes(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Mute mute) {
    transactions.insert(MuteRow.fromDomain(mute), "mute of " + mute.member() + " in community " + mute.community());
  }

  @Override
  public Optional<Mute> inForce(CommunityId community, MemberId member, Instant now) {
    return transactions
        .entityManager()
        .createQuery(
            "select m from CopMute m where m.communityId = :community and m.memberId = :member"
                + " and m.until > :now and m.mutedAt <= :now order by m.until desc, m.seq",
            MuteRow.class)
        .setParameter("community", community.toString())
        .setParameter("member", member.value())
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(MuteRow::toDomain);
  }
}
