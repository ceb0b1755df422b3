package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.AttachedFile;
import org.copkit.api.knowledge.ItemComment;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What the knowledge base holds about a member: items they created or own, the revisions they
 * wrote, the credits of promoted answers, their ratings, helpful marks and comments, and the files
 * they attached (described; the bytes are in the documents store). Reach is counted without names.
 * Erasure names the pseudonym; in a community whose policy is {@code REMOVE}, the title and text
 * of their revisions and their comments go.
 */
final class InMemoryKnowledgeData implements PersonalData {

  private final InMemoryKnowledgeItems items;
  private final InMemoryItemFeedback feedback;
  private final InMemoryAttachedFiles files;

  InMemoryKnowledgeData(InMemoryKnowledgeItems items, InMemoryItemFeedback feedback, InMemoryAttachedFiles files) {
    this.items = items;
    this.feedback = feedback;
    this.files = files;
  }

  @Override
  public String capability() {
    return "knowledge";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    List<KnowledgeItem> all = items.itemStore().all().stream()
        .sorted(Comparator.comparing(i -> i.id().toString())).toList();
    for (KnowledgeItem item : all) {
      if (item.createdBy().equals(member) || item.curation().owner().equals(member)) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", item.id());
        fields.put("community", item.community());
        fields.put("kind", item.kind());
        fields.put("audience", item.audience());
        fields.put("createdBy", item.createdBy());
        fields.put("createdAt", item.createdAt());
        fields.put("owner", item.curation().owner());
        fields.put("revision", item.revision());
        out.record("knowledge-item", fields);
      }
    }
    for (KnowledgeItem item : all) {
      for (KnowledgeRevision revision : items.revisionStore().find(item.id()).orElse(List.of())) {
        if (revision.author().equals(member)) {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("item", revision.item());
          fields.put("number", revision.number());
          fields.put("title", revision.content().title());
          fields.put("body", revision.content().body());
          fields.put("link", revision.content().link());
          fields.put("tags", String.join(" ", new TreeSet<>(revision.content().tags())));
          fields.put("author", revision.author());
          fields.put("at", revision.at());
          fields.put("note", revision.note());
          out.record("knowledge-revision", fields);
        }
      }
    }
    all.stream().filter(i -> i.provenance().coAuthors().contains(member))
        .forEach(i -> out.record("co-author", Map.of("item", i.id())));
    feedback.ratingStore().all().stream().filter(r -> r.member().equals(member))
        .sorted(Comparator.comparing((org.copkit.api.knowledge.Rating r) -> r.item().toString())
            .thenComparingInt(org.copkit.api.knowledge.Rating::revision))
        .forEach(r -> out.record("rating", Map.of("item", r.item(), "revision", r.revision(), "stars", r.stars(),
            "at", r.at())));
    feedback.helpfulStore().keys().stream().filter(item -> feedback.markedHelpful(item, member))
        .sorted(Comparator.comparing(Object::toString))
        .forEach(item -> out.record("helpful", Map.of("item", item)));
    feedback.commentStore().all().stream().filter(c -> c.author().equals(member))
        .sorted(Comparator.comparing(ItemComment::at).thenComparing(c -> c.id().toString()))
        .forEach(c -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("id", c.id());
          fields.put("item", c.item());
          fields.put("revision", c.revision());
          fields.put("inReplyTo", c.inReplyTo());
          fields.put("author", c.author());
          fields.put("body", c.body());
          fields.put("at", c.at());
          out.record("comment", fields);
        });
    files.fileStore().all().stream().flatMap(List::stream).filter(f -> f.by().equals(member))
        .sorted(Comparator.comparing((AttachedFile f) -> f.item().toString()).thenComparingInt(AttachedFile::revision))
        .forEach(f -> {
          Map<String, Object> fields = new LinkedHashMap<>();
          fields.put("item", f.item());
          fields.put("revision", f.revision());
          fields.put("name", f.name());
          fields.put("document", f.file().key().value());
          fields.put("contentType", f.file().contentType());
          fields.put("size", f.file().size());
          fields.put("sha256", f.file().sha256());
          fields.put("by", f.by());
          fields.put("at", f.at());
          out.record("attached-file", fields);
        });
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    MemberId pseudonym = erasure.pseudonym();
    Map<KnowledgeItemId, CommunityId> communities = new LinkedHashMap<>();
    items.itemStore().all().forEach(i -> communities.put(i.id(), i.community()));
    long changed = items.itemStore().reassign(member, pseudonym, item -> removing(erasure, item.community())
        ? item.revised(removed(item.current(), pseudonym)) : item);
    changed += items.revisionStore().reassign(member, pseudonym, revisions -> {
      List<KnowledgeRevision> next = new ArrayList<>();
      for (KnowledgeRevision revision : revisions) {
        next.add(removing(erasure, communities.get(revision.item())) ? removed(revision, pseudonym) : revision);
      }
      return List.copyOf(next);
    });
    changed += feedback.ratingStore().reassign(member, pseudonym, r -> r);
    changed += feedback.helpfulStore().reassign(member, pseudonym, marks -> marks);
    changed += feedback.commentStore().reassign(member, pseudonym, c -> c.author().equals(pseudonym)
        && removing(erasure, communities.get(c.item()))
        ? new ItemComment(c.id(), c.item(), c.revision(), c.inReplyTo(), c.author(), Privacy.REMOVED_TEXT,
            Privacy.REMOVED_HTML, c.at())
        : c);
    return changed + files.fileStore().reassign(member, pseudonym, f -> f);
  }

  private static boolean removing(Pseudonymisation erasure, CommunityId community) {
    return community != null && erasure.policyIn(community) == ErasurePolicy.REMOVE;
  }

  /** The revision without what the member wrote, when they wrote it. */
  private static KnowledgeRevision removed(KnowledgeRevision revision, MemberId pseudonym) {
    if (!revision.author().equals(pseudonym)) {
      return revision;
    }
    KnowledgeContent content = revision.content();
    return new KnowledgeRevision(revision.item(), revision.number(), new KnowledgeContent(Privacy.REMOVED_TEXT,
        Privacy.REMOVED_TEXT, content.link(), content.tags(), content.competences()), Privacy.REMOVED_HTML,
        revision.author(), revision.at(), "", revision.restoredFrom());
  }

}
