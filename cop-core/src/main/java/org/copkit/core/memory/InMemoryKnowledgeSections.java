package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.knowledge.port.KnowledgeSections;

/** {@link KnowledgeSections} in memory. */
final class InMemoryKnowledgeSections implements KnowledgeSections {

  private static final Comparator<Section> BY_NAME =
      Comparator.comparing(Section::name).thenComparing(s -> s.id().toString());

  private final VersionedStore<SectionId, Section> sections;

  InMemoryKnowledgeSections(InMemoryTransactions transactions) {
    this.sections = new VersionedStore<>(transactions, "knowledge section", Section::version, Section::withVersion);
  }

  @Override
  public void add(Section section) {
    sections.add(section.id(), section);
  }

  @Override
  public Section update(Section section) {
    return sections.update(section.id(), section);
  }

  @Override
  public Optional<Section> find(SectionId id) {
    return sections.find(id);
  }

  @Override
  public List<Section> inCommunity(CommunityId community) {
    return sections.all().stream().filter(s -> s.community().equals(community)).sorted(BY_NAME).toList();
  }
}
