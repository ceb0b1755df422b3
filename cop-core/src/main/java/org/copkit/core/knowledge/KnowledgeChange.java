package org.copkit.core.knowledge;

import org.copkit.api.knowledge.KnowledgeEvent;

/**
 * The change-log entries of the knowledge base, topic {@value #TOPIC}: one line of printable ASCII
 * per change, naming what changed so that a reader (a search index) reads it again from storage.
 *
 * <pre>
 * item COMMUNITY ITEM           an item was created, revised or curated, or commented on
 * section COMMUNITY SECTION     a section was created, renamed or moved
 * </pre>
 */
final class KnowledgeChange {

  /** The change log's topic of the knowledge base. */
  static final String TOPIC = "knowledge";

  private KnowledgeChange() {}

  static String of(KnowledgeEvent event) {
    if (event instanceof KnowledgeEvent.SectionChanged changed) {
      return "section " + changed.community() + " " + changed.section().id();
    }
    return "item " + event.community() + " " + item(event);
  }

  private static String item(KnowledgeEvent event) {
    if (event instanceof KnowledgeEvent.ItemCreated created) {
      return created.item().toString();
    }
    if (event instanceof KnowledgeEvent.ItemRevised revised) {
      return revised.item().toString();
    }
    if (event instanceof KnowledgeEvent.ItemCurated curated) {
      return curated.item().toString();
    }
    if (event instanceof KnowledgeEvent.CommentWritten commented) {
      return commented.item().toString();
    }
    throw new IllegalArgumentException("no change-log entry for " + event);
  }
}
