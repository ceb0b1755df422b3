package org.copkit.jpa.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.search.port.SearchSources;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;
import org.copkit.jpa.discussion.DiscussionPorts;
import org.copkit.jpa.knowledge.KnowledgePorts;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link SearchSources} on JPA: {@code where id > :after order by id} on {@code cop_post} and
 * {@code cop_knowledge_item} (their primary keys), each item with its latest revision in the same
 * query, and threads read in bulk with {@code in}.
 */
final class JpaSearchSources implements SearchSources {

  private final JpaTransactions transactions;

  JpaSearchSources(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<Post> postsAfter(Optional<PostId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, MAX_BATCH);
    return DiscussionPorts.postsAfter(transactions, after, max);
  }

  @Override
  public List<DiscussionThread> threads(Collection<ThreadId> ids) {
    Validation.noNulls("ids", ids);
    if (ids.size() > MAX_BATCH) {
      throw new InvalidInputException("ids", "must hold at most " + MAX_BATCH + " threads");
    }
    return DiscussionPorts.threads(transactions, ids);
  }

  @Override
  public List<KnowledgeItem> itemsAfter(Optional<KnowledgeItemId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, MAX_BATCH);
    return KnowledgePorts.itemsAfter(transactions, after, max);
  }
}
