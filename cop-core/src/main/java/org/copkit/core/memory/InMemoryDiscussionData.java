package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.PostId;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What discussions hold about a member: threads they opened, posts they wrote with their revisions,
 * their reactions, and mentions of them in others' posts.
 */
final class InMemoryDiscussionData implements PersonalData {

  private final InMemoryThreads threads;
  private final InMemoryPosts posts;
  private final InMemoryReactions reactions;

  InMemoryDiscussionData(InMemoryThreads threads, InMemoryPosts posts, InMemoryReactions reactions) {
    this.threads = threads;
    this.posts = posts;
    this.reactions = reactions;
  }

  @Override
  public String capability() {
    return "discussion";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    threads.all().filter(t -> MemberRecords.names(t, member)).sorted(java.util.Comparator.comparing(DiscussionThread::createdAt))
        .forEach(t -> out.record("thread", MemberRecords.fields(t)));
    List<Post> written = posts.writtenBy(member).sorted(java.util.Comparator.comparing(Post::createdAt)).toList();
    written.forEach(p -> out.record("post", MemberRecords.fields(p)));
    posts.all().flatMap(p -> posts.revisions(p.id()).stream()).filter(r -> r.editedBy().equals(member))
        .sorted(java.util.Comparator.comparing((PostRevision r) -> r.post().toString()).thenComparingInt(PostRevision::revision))
        .forEach(r -> out.record("post-revision", MemberRecords.fields(r)));
    for (Map.Entry<PostId, Reaction> reaction : reactions.by(member)) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("post", reaction.getKey());
      fields.put("reaction", reaction.getValue());
      out.record("reaction", fields);
    }
    posts.all().filter(p -> p.mentions().contains(member)).sorted(java.util.Comparator.comparing(p -> p.id().toString()))
        .forEach(p -> out.record("mentioned-in", Map.of("post", p.id())));
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    MemberId pseudonym = erasure.pseudonym();
    long changed = 0;
    for (DiscussionThread thread : threads.all().filter(t -> MemberRecords.names(t, member)).toList()) {
      threads.update(MemberRecords.replaced(thread, member, pseudonym));
      changed++;
    }
    for (Post post : posts.all().filter(p -> MemberRecords.names(p, member)).toList()) {
      Post replaced = MemberRecords.replaced(post, member, pseudonym);
      boolean theirs = post.author().equals(member);
      boolean removing = theirs && erasure.policyIn(post.community()) == ErasurePolicy.REMOVE;
      String body = removing ? Privacy.REMOVED_TEXT : theirs ? replaced.body() : neutralised(replaced.body(), member, pseudonym);
      String html = removing ? Privacy.REMOVED_HTML : theirs ? replaced.html() : neutralised(replaced.html(), member, pseudonym);
      posts.update(new Post(replaced.id(), replaced.thread(), replaced.community(), replaced.audience(),
          replaced.component(), replaced.inReplyTo(), replaced.author(), body, html, replaced.mentions(),
          replaced.createdAt(), replaced.editedAt(), replaced.revision(), replaced.state(),
          replaced.statementOfReasons(), replaced.version()));
      changed++;
    }
    for (Post post : posts.all().toList()) {
      List<PostRevision> kept = posts.revisions(post.id());
      boolean theirs = post.author().equals(pseudonym);
      boolean mentioning = post.mentions().contains(pseudonym);
      if (kept.stream().noneMatch(r -> r.editedBy().equals(member)) && !theirs && !mentioning) {
        continue;
      }
      boolean removing = theirs && erasure.policyIn(post.community()) == ErasurePolicy.REMOVE;
      List<PostRevision> next = new ArrayList<>();
      for (PostRevision revision : kept) {
        PostRevision replaced = MemberRecords.replaced(revision, member, pseudonym);
        if (mentioning && !theirs) {
          replaced = new PostRevision(replaced.post(), replaced.revision(), neutralised(replaced.body(), member, pseudonym),
              replaced.editedBy(), replaced.editedAt(), replaced.reason());
        }
        if (removing && !replaced.body().equals(Privacy.REMOVED_TEXT)) {
          replaced = new PostRevision(replaced.post(), replaced.revision(), Privacy.REMOVED_TEXT, replaced.editedBy(),
              replaced.editedAt(), replaced.reason());
        }
        if (!replaced.equals(revision)) {
          changed++;
        }
        next.add(replaced);
      }
      posts.replaceRevisions(post.id(), next);
    }
    changed += reactions.reassign(member, pseudonym);
    return changed;
  }

  /** Mentions of the member ({@code @id}) in another's text point to the pseudonym instead. */
  static String neutralised(String text, MemberId member, MemberId pseudonym) {
    return text.replace("@" + member.value(), "@" + pseudonym.value())
        .replace("&#64;" + member.value(), "&#64;" + pseudonym.value()); // the sanitizer's @ in HTML
  }
}
