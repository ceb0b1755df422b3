package org.copkit.core.expertise;

import org.copkit.api.community.Audience;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.storage.ChangeLog;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.UnitOfWork;

/**
 * Appends evidence to the change log in the unit of work of the change, and has the node catch
 * up once it commits (read-your-writes). Only what the whole community may read is evidence: the
 * working group's own questions and items never are, so no suggestion tells of them.
 */
final class EvidenceWriter implements EvidenceChanges {

  private final ChangeLog log;
  private final Runnable catchUp;

  EvidenceWriter(ChangeLog log, Runnable catchUp) {
    this.log = log;
    this.catchUp = catchUp;
  }

  @Override
  public void asked(DiscussionThread thread) {
    if (thread.kind() == ThreadKind.QUESTION && thread.audience() == Audience.COMMUNITY) {
      append(new ExpertiseChange.Asked(thread.community().value(), thread.id().value(), thread.author(),
          thread.createdAt(), thread.tags()));
    }
  }

  @Override
  public void answered(DiscussionThread thread, Post answer) {
    // an answer to one's own question counts too: it is activity, and often the solution found
    if (thread.kind() == ThreadKind.QUESTION && answer.inReplyTo().isEmpty() && answer.isPublished()) {
      append(new ExpertiseChange.Answered(thread.community().value(), thread.id().value(), answer.id().value(),
          answer.author(), answer.createdAt()));
    }
  }

  @Override
  public void accepted(DiscussionThread thread, Post answer) {
    append(new ExpertiseChange.Accepted(thread.id().value(), answer.id().value()));
  }

  @Override
  public void withdrawn(DiscussionThread thread, Post post) {
    append(new ExpertiseChange.Withdrawn(post.id().value()));
  }

  @Override
  public void wrote(KnowledgeItem item) {
    if (item.audience() != Audience.COMMUNITY) {
      return;
    }
    // a pill promoted from a thread is the writing of the posts' authors it credits, not of its promoter
    java.util.List<org.copkit.api.shared.MemberId> writers = item.provenance().source().isPresent()
        ? item.provenance().coAuthors() : java.util.List.of(item.createdBy());
    for (org.copkit.api.shared.MemberId writer : writers) {
      append(new ExpertiseChange.Wrote(item.community().value(), item.id().value(), writer, item.createdAt(),
          item.current().content().tags()));
    }
  }

  @Override
  public void helpful(DiscussionThread thread, Post answer, boolean added) {
    append(new ExpertiseChange.Helpful(answer.id().value(), added));
  }

  @Override
  public void published(KnowledgeItem output, org.copkit.api.knowledge.OutputCycle cycle) {
    java.util.Set<org.copkit.api.shared.MemberId> coAuthors = new java.util.HashSet<>(cycle.coAuthors());
    coAuthors.remove(cycle.startedBy());
    append(new ExpertiseChange.Output(output.community().value(), output.id().value(), cycle.startedBy(),
        java.util.Set.copyOf(coAuthors), cycle.stage() instanceof org.copkit.api.knowledge.OutputStage.Published p
            ? p.publication().at() : output.createdAt(), output.current().content().tags()));
  }

  private void append(ExpertiseChange change) {
    log.append(ExpertiseChange.TOPIC, change.encode());
    UnitOfWork.afterCommit(catchUp);
  }
}
