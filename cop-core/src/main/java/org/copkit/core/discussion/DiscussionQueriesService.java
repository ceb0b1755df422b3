package org.copkit.core.discussion;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionQueries;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.PostView;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadSearch;
import org.copkit.api.discussion.ThreadView;
import org.copkit.api.discussion.port.ThreadFilter;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.discussion.DiscussionWork.Reading;

final class DiscussionQueriesService implements DiscussionQueries {

  private final DiscussionWork work;

  DiscussionQueriesService(DiscussionWork work) {
    this.work = work;
  }

  @Override
  public Page<DiscussionThread> threads(MemberId actor, ThreadSearch search) {
    Validation.required("search", search);
    return work.query(() -> {
      Standing standing = readable(work.communities.standing(work.communities.actor(actor), search.community()));
      ThreadFilter filter = new ThreadFilter(search.community(), search.order(), DiscussionWork.audiences(standing),
          DiscussionWork.states(standing), standing.canModerate() ? Optional.empty() : Optional.of(actor), search.competence());
      return work.storage.threads().list(filter, search.page());
    });
  }

  @Override
  public ThreadView thread(MemberId actor, ThreadId thread, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      Reading reading = work.thread(actor, thread);
      Standing standing = reading.standing();
      Page<Post> posts = work.storage.posts().inThread(standing.canModerate()
          ? ThreadPosts.inStates(thread, DiscussionWork.states(standing))
          : ThreadPosts.inStates(thread, DiscussionWork.states(standing)).orAuthoredBy(actor), page);
      List<PostId> ids = posts.items().stream().map(Post::id).toList();
      Map<PostId, Map<Reaction, Long>> counts = work.storage.reactions().counts(ids);
      Map<PostId, Set<Reaction>> mine = work.storage.reactions().of(ids, actor);
      return new ThreadView(reading.thread(), posts.map(post ->
          new PostView(post, counts.getOrDefault(post.id(), Map.of()), mine.getOrDefault(post.id(), Set.of()))));
    });
  }

  @Override
  public Page<Post> postsBy(MemberId actorId, MemberId author, PageRequest page) {
    Validation.required("author", author);
    Validation.required("page", page);
    return work.query(() -> {
      Actor actor = work.communities.actor(actorId);
      work.communities.auditAdministratorRead(actor, author, "posts");
      boolean own = actor.id().equals(author);
      Set<CommunityId> readable = new HashSet<>();
      for (CommunityId community : work.storage.posts().communitiesOf(author)) {
        try {
          if (work.communities.standing(actor, community).canRead()) {
            readable.add(community);
          }
        } catch (NotFoundException invisible) {
          // a community the reader may not see contributes nothing
        }
      }
      Set<Audience> audiences = own || actor.isAdministrator() ? EnumSet.allOf(Audience.class) : EnumSet.of(Audience.COMMUNITY);
      Set<PostState> states = own || actor.isAdministrator() ? EnumSet.allOf(PostState.class) : EnumSet.of(PostState.PUBLISHED);
      return work.storage.posts().byAuthor(author, readable, audiences, states, page);
    });
  }

  @Override
  public List<PostRevision> revisions(MemberId actor, PostId post) {
    return work.query(() -> {
      work.post(actor, post);
      return work.storage.posts().revisions(post);
    });
  }

  private static Standing readable(Standing standing) {
    if (!standing.canRead()) {
      throw new AccessDeniedException(standing.actor().id(), "read the discussions of this community");
    }
    return standing;
  }
}
