package org.copkit.jpa.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copkit.api.community.Audience;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.EvidenceKind;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_portfolio_entry}: evidence a member added; the key is the member and the evidence key. */
@Entity(name = "CopPortfolioEntry")
@Table(name = "cop_portfolio_entry")
class EntryRow {

  @Id
  @Column(name = "entry_key", length = MemberId.MAX_LENGTH + 1 + Evidence.MAX_KEY)
  private String key;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  @Column(name = "evidence_key", nullable = false, length = Evidence.MAX_KEY)
  private String evidenceKey;

  @Column(name = "kind", nullable = false, length = 32)
  private String kind;

  @Column(name = "title", nullable = false, length = 500)
  private String title;

  @Column(name = "body", nullable = false, length = Evidence.MAX_TEXT)
  private String text;

  @Column(name = "link", nullable = false, length = 2000)
  private String link;

  @Column(name = "competences", nullable = false, length = 4100)
  private String competences;

  @Column(name = "recorded_at", nullable = false)
  private Instant at;

  /** For JPA. */
  protected EntryRow() {}

  static EntryRow fromDomain(Evidence evidence) {
    EntryRow row = new EntryRow();
    row.key = evidence.member().value() + " " + evidence.key();
    row.memberId = evidence.member().value();
    row.evidenceKey = evidence.key();
    row.kind = evidence.kind().name();
    row.title = evidence.title();
    row.text = evidence.text();
    row.link = evidence.link();
    row.competences = evidence.competences().stream().map(CompetenceRef::toString)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
    row.at = evidence.at();
    return row;
  }

  Evidence toDomain() {
    Set<CompetenceRef> refs = competences.isEmpty() ? Set.of()
        : Arrays.stream(competences.split(" ")).map(CompetenceRef::of).collect(Collectors.toSet());
    return new Evidence(evidenceKey, EvidenceKind.valueOf(kind), MemberId.of(memberId), Optional.empty(),
        Audience.COMMUNITY, title, text, link, at, refs);
  }
}
