package org.copkit.jpa.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.portfolio.PageAudience;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.shared.MemberId;

/** A row of {@code cop_portfolio_page}: one {@link PortfolioPage}; its evidence keys one a line. */
@Entity(name = "CopPortfolioPage")
@Table(name = "cop_portfolio_page")
class PageRow {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "owner_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String owner;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "introduction", nullable = false, length = 5000)
  private String introduction;

  @Column(name = "evidence_keys", nullable = false, length = 1_048_576)
  private String evidence;

  @Column(name = "audience", nullable = false, length = 16)
  private String audience;

  @Column(name = "community_id", length = 36)
  private String communityId;

  @Column(name = "link_hash", length = 64)
  private String linkHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA. */
  protected PageRow() {}

  static PageRow fromDomain(PortfolioPage page) {
    PageRow row = new PageRow();
    row.id = page.id().toString();
    row.version = page.version();
    row.copyChanges(page);
    return row;
  }

  /** Copies every field but the ID; the version is left to JPA. */
  void copyChanges(PortfolioPage page) {
    owner = page.owner().value();
    title = page.title();
    introduction = page.introduction();
    evidence = String.join("\n", page.evidence());
    audience = page.audience().name();
    communityId = page.community().map(CommunityId::toString).orElse(null);
    linkHash = page.linkHash().orElse(null);
    createdAt = page.createdAt();
  }

  PortfolioPage toDomain() {
    List<String> keys = evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n"));
    return new PortfolioPage(PortfolioPageId.of(id), MemberId.of(owner), title, introduction, keys,
        PageAudience.valueOf(audience), Optional.ofNullable(communityId).map(CommunityId::of), Optional.ofNullable(linkHash),
        createdAt, version);
  }

  long version() {
    return version;
  }
}
