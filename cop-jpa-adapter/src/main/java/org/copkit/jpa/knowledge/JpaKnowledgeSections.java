package org.copkit.jpa.knowledge;

import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.knowledge.port.KnowledgeSections;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link KnowledgeSections} on JPA: {@code cop_knowledge_section}, with optimistic versions. */
final class JpaKnowledgeSections implements KnowledgeSections {

  private final JpaTransactions transactions;

  JpaKnowledgeSections(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Section section) {
    transactions.insert(SectionRow.fromDomain(section), "knowledge section " + section.id());
  }

  @Override
  public Section update(Section section) {
    String what = "knowledge section " + section.id();
    SectionRow row = transactions.entityManager().find(SectionRow.class, section.id().toString());
    if (row == null) {
      throw new NotFoundException("knowledge section", section.id().toString());
    }
    if (row.version() != section.version()) {
      throw ConflictException.staleVersion(what, section.version());
    }
    transactions.flushUpdate(row, row.apply(section), what, section.version());
    return row.toDomain();
  }

  @Override
  public Optional<Section> find(SectionId id) {
    return Optional.ofNullable(transactions.entityManager().find(SectionRow.class, id.toString())).map(SectionRow::toDomain);
  }

  @Override
  public List<Section> inCommunity(CommunityId community) {
    return transactions.entityManager()
        .createQuery("select s from CopKnowledgeSection s where s.communityId = :community order by s.name, s.id",
            SectionRow.class)
        .setParameter("community", community.toString())
        .getResultStream().map(SectionRow::toDomain).toList();
  }
}
