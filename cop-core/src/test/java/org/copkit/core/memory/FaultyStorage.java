package org.copkit.core.memory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.text.Normalizer;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.copkit.api.analytics.Window;
import org.copkit.api.analytics.port.Contributions;
import org.copkit.api.analytics.port.MemberTally;
import org.copkit.api.analytics.port.QuestionTally;
import org.copkit.api.analytics.port.Scope;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Invitation;
import org.copkit.api.community.InvitationId;
import org.copkit.api.community.JoinRequest;
import org.copkit.api.community.JoinRequestId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Invitations;
import org.copkit.api.community.port.JoinRequests;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.port.Posts;
import org.copkit.api.discussion.port.Reactions;
import org.copkit.api.discussion.port.Threads;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.port.Flags;
import org.copkit.api.moderation.port.ModerationPolicies;
import org.copkit.api.moderation.port.Mutes;
import org.copkit.api.moderation.port.ReviewItems;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Transactions;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;

/**
 * The in-memory storage with one adapter bug switched on: what an integrator's adapter gets wrong,
 * for {@link FaultCatalogueTest} to prove that the suites catch it. With {@link Fault#NONE} it is
 * the in-memory storage itself, and passes every suite.
 */
final class FaultyStorage implements CopStorage {

  /** One bug an adapter may have. */
  enum Fault {
    /** No bug: the control. */
    NONE,
    /** A lock around each port call instead of around each unit of work: rollbacks undo nothing. */
    PER_CALL_LOCK,
    /** A lock per call, and {@code ReviewItems.add} checks for an open item and then inserts. */
    NON_ATOMIC_OPEN_REVIEW_ITEM,
    /** A lock per call, and {@code JoinRequests.add} checks for a pending request and then inserts. */
    NON_ATOMIC_PENDING_JOIN_REQUEST,
    /** A lock per call, and {@code Invitations.add} checks for a pending invitation and then inserts. */
    NON_ATOMIC_PENDING_INVITATION,
    /** A lock per call, and {@code Flags.add} checks for an open flag and then inserts. */
    NON_ATOMIC_OPEN_FLAG,
    /** A lock per call, and {@code Memberships.add} checks for a membership and then inserts. */
    NON_ATOMIC_MEMBERSHIP,
    /** {@code JoinRequests.update} ignores the version it is given: lost updates. */
    LOST_UPDATE_JOIN_REQUEST,
    /** {@code Threads.update} ignores the version it is given. */
    LOST_UPDATE_THREAD,
    /** {@code Posts.update} ignores the version it is given. */
    LOST_UPDATE_POST,
    /** Events reach the log when published, before their unit of work commits or rolls back. */
    EVENTS_BEFORE_COMMIT,
    /** {@code Memberships.add} writes outside the unit of work: a rollback keeps it. */
    WRITE_ESCAPES_ROLLBACK,
    /** {@code JoinRequests.pending} lists newest first. */
    ORDER_PENDING_REQUESTS_NEWEST_FIRST,
    /** {@code ReviewItems.escalated} breaks ties by {@code UUID.compareTo} instead of the ID's text. */
    TIES_BY_UUID_ORDER,
    /** {@code JoinRequests.pending} answers the size of the page as the total. */
    PAGE_TOTAL_OF_THE_PAGE,
    /** {@code Invitations.pending} skips the first item of every page after the first. */
    PAGE_SKIPS_AN_ITEM,
    /** {@code JoinRequests.add} keeps milliseconds only. */
    TIME_IN_MILLISECONDS,
    /** {@code Invitations.find} reads back a local time of UTC+1 as UTC. */
    TIME_ZONE_SHIFT,
    /** {@code Flags.countWithOutcome} counts flags of every outcome. */
    FILTER_OUTCOME_IGNORED,
    /** {@code Flags.countRaisedSince} counts flags raised at any time. */
    FILTER_SINCE_IGNORED,
    /** {@code Memberships} compares member IDs without accents ("Núria" is "Nuria"). */
    MEMBER_IDS_WITHOUT_ACCENTS,
    /** {@code Reactions} compares member IDs without case. */
    MEMBER_IDS_WITHOUT_CASE,
    /** {@code Contributions.questions} counts comments (replies to a post) as answers. */
    COMMENTS_COUNTED_AS_ANSWERS,
    /** {@code Contributions.contributors} on the platform gives a person their latest membership's join time. */
    JOINED_AT_OF_LATEST_MEMBERSHIP;

    boolean locksEachCall() {
      return this == PER_CALL_LOCK || name().startsWith("NON_ATOMIC");
    }
  }

  private final InMemoryStorage delegate = InMemoryStorage.create();
  private final Fault fault;
  private final EventPublisher events;

  FaultyStorage(Fault fault) {
    this.fault = fault;
    this.events = fault == Fault.EVENTS_BEFORE_COMMIT ? new InMemoryEventLog() : delegate.eventPublisher();
  }

  /** @return the log the storage's events go to */
  InMemoryEventLog eventLog() {
    return (InMemoryEventLog) events;
  }

  @Override
  public Transactions transactions() {
    if (fault.locksEachCall()) {
      return new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
    }
    return delegate.transactions();
  }

  @Override
  public org.copkit.api.search.port.SearchSources searchSources() {
    return perCall(org.copkit.api.search.port.SearchSources.class, delegate.searchSources());
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeItems knowledgeItems() {
    return perCall(org.copkit.api.knowledge.port.KnowledgeItems.class, delegate.knowledgeItems());
  }

  @Override
  public org.copkit.api.notification.port.AttentionBook attentionBook() {
    return perCall(org.copkit.api.notification.port.AttentionBook.class, delegate.attentionBook());
  }

  @Override
  public org.copkit.api.competence.port.CompetenceClaims competenceClaims() {
    return perCall(org.copkit.api.competence.port.CompetenceClaims.class, delegate.competenceClaims());
  }

  @Override
  public org.copkit.api.knowledge.port.KnowledgeSections knowledgeSections() {
    return perCall(org.copkit.api.knowledge.port.KnowledgeSections.class, delegate.knowledgeSections());
  }

  @Override
  public org.copkit.api.knowledge.port.ItemFeedback itemFeedback() {
    return perCall(org.copkit.api.knowledge.port.ItemFeedback.class, delegate.itemFeedback());
  }

  @Override
  public org.copkit.api.knowledge.port.ItemReach itemReach() {
    return perCall(org.copkit.api.knowledge.port.ItemReach.class, delegate.itemReach());
  }

  @Override
  public org.copkit.api.knowledge.port.AttachedFiles attachedFiles() {
    return perCall(org.copkit.api.knowledge.port.AttachedFiles.class, delegate.attachedFiles());
  }

  @Override
  public org.copkit.api.portfolio.port.EvidenceSources evidenceSources() {
    return perCall(org.copkit.api.portfolio.port.EvidenceSources.class, delegate.evidenceSources());
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioEntries portfolioEntries() {
    return perCall(org.copkit.api.portfolio.port.PortfolioEntries.class, delegate.portfolioEntries());
  }

  @Override
  public org.copkit.api.portfolio.port.PortfolioPages portfolioPages() {
    return perCall(org.copkit.api.portfolio.port.PortfolioPages.class, delegate.portfolioPages());
  }

  @Override
  public org.copkit.api.knowledge.port.OutputCycles outputCycles() {
    return perCall(org.copkit.api.knowledge.port.OutputCycles.class, delegate.outputCycles());
  }

  @Override
  public org.copkit.api.knowledge.port.ReviewPolicies reviewPolicies() {
    return perCall(org.copkit.api.knowledge.port.ReviewPolicies.class, delegate.reviewPolicies());
  }

  @Override
  public org.copkit.api.learning.port.LearningUnits learningUnits() {
    return perCall(org.copkit.api.learning.port.LearningUnits.class, delegate.learningUnits());
  }

  @Override
  public org.copkit.api.learning.port.LearningPaths learningPaths() {
    return perCall(org.copkit.api.learning.port.LearningPaths.class, delegate.learningPaths());
  }

  @Override
  public org.copkit.api.learning.port.Completions completions() {
    return perCall(org.copkit.api.learning.port.Completions.class, delegate.completions());
  }

  @Override
  public org.copkit.api.learning.port.CalendarEvents calendarEvents() {
    return perCall(org.copkit.api.learning.port.CalendarEvents.class, delegate.calendarEvents());
  }

  @Override
  public org.copkit.api.learning.port.Registrations registrations() {
    return perCall(org.copkit.api.learning.port.Registrations.class, delegate.registrations());
  }

  @Override
  public EventPublisher eventPublisher() {
    return events;
  }

  @Override
  public java.util.List<org.copkit.api.privacy.port.PersonalData> personalData() {
    return delegate.personalData();
  }

  @Override
  public org.copkit.api.privacy.port.ErasureLedger erasureLedger() {
    return perCall(org.copkit.api.privacy.port.ErasureLedger.class, delegate.erasureLedger());
  }

  @Override
  public org.copkit.api.privacy.port.ErasurePolicies erasurePolicies() {
    return perCall(org.copkit.api.privacy.port.ErasurePolicies.class, delegate.erasurePolicies());
  }

  @Override
  public Communities communities() {
    return perCall(Communities.class, delegate.communities());
  }

  @Override
  public Memberships memberships() {
    Memberships real = delegate.memberships();
    Memberships calls = perCall(Memberships.class, real);
    Memberships port = switch (fault) {
      case NON_ATOMIC_MEMBERSHIP -> forwarding(Memberships.class, calls, Map.of("add", args -> {
        Membership membership = (Membership) args[0];
        checkThenInsert(calls.find(membership.community(), membership.member()).isPresent(), "membership",
            () -> calls.add(membership), () -> Optional.empty());
        return null;
      }));
      case WRITE_ESCAPES_ROLLBACK -> forwarding(Memberships.class, real, Map.of("add", args -> {
        CompletableFuture.runAsync(() -> real.add((Membership) args[0])).join();
        return null;
      }));
      case MEMBER_IDS_WITHOUT_ACCENTS -> forwarding(Memberships.class, real, Map.of(
          "add", args -> {
            Membership m = (Membership) args[0];
            real.add(new Membership(m.community(), withoutAccents(m.member()), m.tier(), m.roles(), m.joinedAt(), m.version()));
            return null;
          },
          "find", args -> real.find((CommunityId) args[0], withoutAccents((MemberId) args[1]))));
      default -> real;
    };
    return lockedAsAWhole(Memberships.class, real, port);
  }

  @Override
  public JoinRequests joinRequests() {
    JoinRequests real = delegate.joinRequests();
    JoinRequests calls = perCall(JoinRequests.class, real);
    JoinRequests port = switch (fault) {
      case NON_ATOMIC_PENDING_JOIN_REQUEST -> forwarding(JoinRequests.class, calls, Map.of("add", args -> {
        JoinRequest request = (JoinRequest) args[0];
        checkThenInsert(request.isPending() && calls.findPending(request.community(), request.requester()).isPresent(),
            "pending join request", () -> calls.add(request), () -> calls.find(request.id()));
        return null;
      }));
      case LOST_UPDATE_JOIN_REQUEST -> forwarding(JoinRequests.class, real, Map.of("update", args -> {
        JoinRequest r = (JoinRequest) args[0];
        long stored = real.find(r.id()).map(JoinRequest::version).orElse(r.version());
        return real.update(new JoinRequest(r.id(), r.community(), r.requester(), r.message(), r.requestedAt(), r.status(), stored));
      }));
      case ORDER_PENDING_REQUESTS_NEWEST_FIRST -> forwarding(JoinRequests.class, real, Map.of("pending", args -> {
        List<JoinRequest> all = new ArrayList<>(all(request -> real.pending((CommunityId) args[0], request)));
        Collections.reverse(all);
        return Page.of(all, (PageRequest) args[1]);
      }));
      case PAGE_TOTAL_OF_THE_PAGE -> forwarding(JoinRequests.class, real, Map.of("pending", args -> {
        PageRequest page = (PageRequest) args[1];
        Page<JoinRequest> found = real.pending((CommunityId) args[0], page);
        return new Page<>(found.items(), page, page.offset() + found.items().size());
      }));
      case TIME_IN_MILLISECONDS -> forwarding(JoinRequests.class, real, Map.of("add", args -> {
        JoinRequest r = (JoinRequest) args[0];
        real.add(new JoinRequest(r.id(), r.community(), r.requester(), r.message(),
            r.requestedAt().truncatedTo(ChronoUnit.MILLIS), r.status(), r.version()));
        return null;
      }));
      default -> real;
    };
    return lockedAsAWhole(JoinRequests.class, real, port);
  }

  @Override
  public Invitations invitations() {
    Invitations real = delegate.invitations();
    Invitations calls = perCall(Invitations.class, real);
    Invitations port = switch (fault) {
      case NON_ATOMIC_PENDING_INVITATION -> forwarding(Invitations.class, calls, Map.of("add", args -> {
        Invitation invitation = (Invitation) args[0];
        checkThenInsert(invitation.isPending() && calls.findPending(invitation.community(), invitation.invitee()).isPresent(),
            "pending invitation", () -> calls.add(invitation), () -> calls.find(invitation.id()));
        return null;
      }));
      case PAGE_SKIPS_AN_ITEM -> forwarding(Invitations.class, real, Map.of("pending", args -> {
        PageRequest page = (PageRequest) args[1];
        Page<Invitation> found = real.pending((CommunityId) args[0], page);
        List<Invitation> items = page.page() > 0 && !found.items().isEmpty()
            ? found.items().subList(1, found.items().size()) : found.items();
        return new Page<>(items, page, found.total());
      }));
      case TIME_ZONE_SHIFT -> forwarding(Invitations.class, real, Map.of("find", args ->
          real.find((InvitationId) args[0]).map(i -> new Invitation(i.id(), i.community(), i.invitee(), i.invitedBy(), i.tier(),
              i.message(), i.invitedAt().plus(Duration.ofHours(1)), i.status(), i.version()))));
      default -> real;
    };
    return lockedAsAWhole(Invitations.class, real, port);
  }

  @Override
  public AuditTrail auditTrail() {
    return perCall(AuditTrail.class, delegate.auditTrail());
  }

  @Override
  public ChangeLog changeLog() {
    return delegate.changeLog();
  }

  @Override
  public Threads threads() {
    Threads real = delegate.threads();
    Threads port = fault != Fault.LOST_UPDATE_THREAD ? real : (Threads) Proxy.newProxyInstance(
        Threads.class.getClassLoader(), new Class<?>[] {Threads.class}, (proxy, method, args) -> {
          if (method.getName().equals("update")) {
            DiscussionThread thread = (DiscussionThread) args[0];
            long stored = real.find(thread.id()).map(DiscussionThread::version).orElse(thread.version());
            return real.update(thread.withVersion(stored));
          }
          return invoke(real, method, args);
        });
    return perCall(Threads.class, port);
  }

  @Override
  public Posts posts() {
    Posts real = delegate.posts();
    Posts port = fault != Fault.LOST_UPDATE_POST ? real : (Posts) Proxy.newProxyInstance(
        Posts.class.getClassLoader(), new Class<?>[] {Posts.class}, (proxy, method, args) -> {
          if (method.getName().equals("update")) {
            Post post = (Post) args[0];
            long stored = real.find(post.id()).map(Post::version).orElse(post.version());
            return real.update(post.withVersion(stored));
          }
          return invoke(real, method, args);
        });
    return perCall(Posts.class, port);
  }

  @Override
  public Reactions reactions() {
    Reactions real = delegate.reactions();
    if (fault != Fault.MEMBER_IDS_WITHOUT_CASE) {
      return perCall(Reactions.class, real);
    }
    return new Reactions() {
      @Override
      public boolean add(PostId post, MemberId member, Reaction reaction) {
        return real.add(post, lowerCase(member), reaction);
      }

      @Override
      public boolean remove(PostId post, MemberId member, Reaction reaction) {
        return real.remove(post, lowerCase(member), reaction);
      }

      @Override
      public Map<PostId, Map<Reaction, Long>> counts(Collection<PostId> posts) {
        return real.counts(posts);
      }

      @Override
      public Map<PostId, Set<Reaction>> of(Collection<PostId> posts, MemberId member) {
        return real.of(posts, lowerCase(member));
      }
    };
  }

  @Override
  public Flags flags() {
    Flags real = delegate.flags();
    Flags port = switch (fault) {
      case NON_ATOMIC_OPEN_FLAG -> forwarding(Flags.class, perCall(Flags.class, real), Map.of("add", args -> {
        Flag flag = (Flag) args[0];
        Flags calls = perCall(Flags.class, real);
        boolean taken = flag.outcome() == Flag.Outcome.OPEN && calls.open(flag.community(), flag.subject()).stream()
            .anyMatch(other -> other.flagger().equals(flag.flagger()));
        checkThenInsert(taken, "open flag", () -> calls.add(flag), () -> calls.find(flag.id()));
        return null;
      }));
      case FILTER_OUTCOME_IGNORED -> forwarding(Flags.class, real, Map.of("countWithOutcome", args ->
          Arrays.stream(Flag.Outcome.values()).mapToLong(o -> real.countWithOutcome((MemberId) args[0], o)).sum()));
      case FILTER_SINCE_IGNORED -> forwarding(Flags.class, real, Map.of("countRaisedSince", args ->
          real.countRaisedSince((MemberId) args[0], Instant.EPOCH)));
      default -> real;
    };
    return lockedAsAWhole(Flags.class, real, port);
  }

  @Override
  public ReviewItems reviewItems() {
    ReviewItems real = delegate.reviewItems();
    ReviewItems port = switch (fault) {
      case NON_ATOMIC_OPEN_REVIEW_ITEM -> forwarding(ReviewItems.class, perCall(ReviewItems.class, real), Map.of("add", args -> {
        ReviewItem item = (ReviewItem) args[0];
        ReviewItems calls = perCall(ReviewItems.class, real);
        boolean taken = item.status().isOpen() && calls.findOpen(item.community(), item.subject()).isPresent();
        checkThenInsert(taken, "open review item", () -> calls.add(item), () -> calls.find(item.id()));
        return null;
      }));
      case TIES_BY_UUID_ORDER -> forwarding(ReviewItems.class, real, Map.of("escalated", args -> Page.of(
          all(real::escalated).stream()
              .sorted(Comparator.comparing(ReviewItem::openedAt).thenComparing(i -> i.id().value()))
              .toList(),
          (PageRequest) args[0])));
      default -> real;
    };
    return lockedAsAWhole(ReviewItems.class, real, port);
  }

  @Override
  public Mutes mutes() {
    return perCall(Mutes.class, delegate.mutes());
  }

  @Override
  public ModerationPolicies moderationPolicies() {
    return perCall(ModerationPolicies.class, delegate.moderationPolicies());
  }

  @Override
  public org.copkit.api.moderation.port.RuleSwitches ruleSwitches() {
    return perCall(org.copkit.api.moderation.port.RuleSwitches.class, delegate.ruleSwitches());
  }

  @Override
  @SuppressWarnings("unchecked")
  public Contributions contributions() {
    Contributions real = delegate.contributions();
    Contributions port = switch (fault) {
      case COMMENTS_COUNTED_AS_ANSWERS -> forwarding(Contributions.class, real, Map.of("questions", args ->
          questionsCountingComments(real, (Scope) args[0], (Set<Window>) args[1])));
      case JOINED_AT_OF_LATEST_MEMBERSHIP -> forwarding(Contributions.class, real, Map.of("contributors", args -> {
        Map<Window, List<MemberTally>> found = real.contributors((Scope) args[0], (Set<Window>) args[1]);
        if (!(args[0] instanceof Scope.Platform)) {
          return found;
        }
        Map<Window, List<MemberTally>> latest = new HashMap<>();
        found.forEach((window, tallies) -> latest.put(window, tallies.stream().map(t -> new MemberTally(t.member(), t.tier(),
            delegate.memberships().ofMember(t.member()).stream().map(Membership::joinedAt).max(Comparator.naturalOrder())
                .orElseThrow(), t.contributions())).toList()));
        return latest;
      }));
      default -> real;
    };
    return perCall(Contributions.class, port);
  }

  /** The port's questions, with a question's first answer being its first reply of any depth by someone else. */
  private Map<Window, QuestionTally> questionsCountingComments(Contributions real, Scope scope, Set<Window> windows) {
    InMemoryThreads threads = (InMemoryThreads) delegate.threads();
    InMemoryPosts posts = (InMemoryPosts) delegate.posts();
    Collection<CommunityId> communities = scope instanceof Scope.OfCommunity one
        ? List.of(one.community()) : threads.communitiesWithThreads();
    Map<Window, QuestionTally> tallies = new HashMap<>();
    real.questions(scope, windows).forEach((window, tally) -> {
      List<Duration> delays = new ArrayList<>();
      for (CommunityId community : communities) {
        for (DiscussionThread question : threads.openedIn(community)) {
          if (question.kind() == ThreadKind.QUESTION && question.state() == PostState.PUBLISHED
              && window.contains(question.createdAt())) {
            posts.ofThread(question.id())
                .filter(post -> post.isPublished() && !post.id().equals(question.openingPost())
                    && !post.author().equals(question.author()) && post.createdAt().isBefore(window.to()))
                .map(Post::createdAt).min(Comparator.naturalOrder())
                .ifPresent(first -> delays.add(Duration.between(question.createdAt(), first)));
          }
        }
      }
      tallies.put(window, new QuestionTally(tally.asked(), tally.accepted(), delays));
    });
    return tallies;
  }

  /**
   * A check and then an insert, each in its own locked call, a millisecond apart (a database's round
   * trip between the SELECT and the INSERT): what an adapter without a unique key does. When the in-memory store's own unique key refuses what the
   * check let through, an adapter without that key would have stored a second record: the insert
   * is reported as done.
   */
  private static void checkThenInsert(boolean taken, String what, Runnable insert, Supplier<Optional<?>> stored) {
    if (taken) {
      throw ConflictException.duplicate(what);
    }
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    try {
      insert.run();
    } catch (ConflictException e) {
      if (e.kind() != ConflictException.Kind.DUPLICATE || stored.get().isPresent()) {
        throw e;
      }
    }
  }

  /**
   * The port with each of its calls locked, unless it checks and inserts in two calls of its own,
   * each already locked: locking the pair as one would make it atomic again.
   */
  private <P> P lockedAsAWhole(Class<P> type, P real, P port) {
    return port != real && fault.name().startsWith("NON_ATOMIC") ? port : perCall(type, port);
  }

  /** Every call of the port in a unit of work of its own, when the fault locks each call. */
  private <P> P perCall(Class<P> type, P port) {
    if (!fault.locksEachCall()) {
      return port;
    }
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(port, args);
      }
      return delegate.transactions().inTransaction(() -> invoke(port, method, args));
    }));
  }

  /** The port, with some methods replaced, by name. */
  private static <P> P forwarding(Class<P> type, P port, Map<String, Function<Object[], Object>> replaced) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      Function<Object[], Object> with = replaced.get(method.getName());
      return with == null ? invoke(port, method, args) : with.apply(args);
    }));
  }

  private static Object invoke(Object target, Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> List<T> all(java.util.function.Function<PageRequest, Page<T>> pages) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    Page<T> page;
    do {
      page = pages.apply(request);
      all.addAll(page.items());
      request = request.next();
    } while (page.hasNext());
    return all;
  }

  private static MemberId withoutAccents(MemberId member) {
    return MemberId.of(Normalizer.normalize(member.value(), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
  }

  private static MemberId lowerCase(MemberId member) {
    return MemberId.of(member.value().toLowerCase(Locale.ROOT));
  }
}
