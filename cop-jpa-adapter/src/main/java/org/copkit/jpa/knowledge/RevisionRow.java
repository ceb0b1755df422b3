package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_knowledge_revision}: one {@link KnowledgeRevision}, immutable. Its key is the
 * item's ID, a space and the number. Tags and competence IDs hold no whitespace, so each set is kept
 * as one text, sorted, separated by single spaces.
 */
@Entity(name = "CopKnowledgeRevision")
@Table(name = "cop_knowledge_revision")
class RevisionRow {

  @Id
  @Column(name = "revision_key", length = 48)
  private String key;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "revision_number", nullable = false)
  private int number;

  @Column(name = "title", nullable = false, length = KnowledgeContent.MAX_TITLE)
  private String title;

  @Column(name = "body", nullable = false, length = KnowledgeContent.MAX_BODY)
  private String body;

  @Column(name = "html", nullable = false, length = 1_048_576)
  private String html;

  @Column(name = "link", nullable = false, length = KnowledgeContent.MAX_LINK)
  private String link;

  @Column(name = "tags", nullable = false, length = 1100)
  private String tags;

  @Column(name = "competences", nullable = false, length = 1400)
  private String competences;

  @Column(name = "author", nullable = false, length = MemberId.MAX_LENGTH)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "note", nullable = false, length = KnowledgeRevision.MAX_NOTE)
  private String note;

  @Column(name = "restored_from", nullable = false)
  private int restoredFrom;

  /** For JPA. */
  protected RevisionRow() {}

  static String key(KnowledgeItemId item, int number) {
    return item + " " + number;
  }

  static RevisionRow fromDomain(KnowledgeRevision revision) {
    RevisionRow row = new RevisionRow();
    row.key = key(revision.item(), revision.number());
    row.itemId = revision.item().toString();
    row.number = revision.number();
    KnowledgeContent content = revision.content();
    row.title = content.title();
    row.body = content.body();
    row.html = revision.html();
    row.link = content.link();
    row.tags = String.join(" ", new TreeSet<>(content.tags()));
    row.competences = String.join(" ", new TreeSet<>(content.competences()));
    row.author = revision.author().value();
    row.writtenAt = revision.at();
    row.note = revision.note();
    row.restoredFrom = revision.restoredFrom();
    return row;
  }

  KnowledgeRevision toDomain() {
    return new KnowledgeRevision(KnowledgeItemId.of(itemId), number,
        new KnowledgeContent(title, body, link, split(tags), split(competences)), html, MemberId.of(author), writtenAt,
        note, restoredFrom);
  }

  private static Set<String> split(String text) {
    return text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(" ")));
  }
}
