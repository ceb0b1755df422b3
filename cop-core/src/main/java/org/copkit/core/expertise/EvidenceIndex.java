package org.copkit.core.expertise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.storage.Change;
import org.copkit.core.shared.ChangeFollower;
import org.copkit.core.shared.RoutedQuestions;

/**
 * One node's evidence of expertise, derived from the change log's {@value ExpertiseChange#TOPIC}
 * topic: per community, each member's answers (with their instants), accepted answers, questions,
 * answers by tag and knowledge items by tag; the questions per tag; who hides from suggestions. A
 * cache of the database: rebuilt from the log when the platform starts, kept current by the
 * node's catch-up. Writers hold the write lock, readers ({@link #read}) the read lock.
 */
final class EvidenceIndex implements ChangeFollower {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<UUID, CommunityEvidence> communities = new HashMap<>();
  private final Map<UUID, ThreadRef> threads = new HashMap<>();
  private final Map<UUID, AnswerRef> answers = new HashMap<>();
  private final Set<MemberId> hidden = new HashSet<>();
  private final Map<MemberId, Instant> away = new HashMap<>();
  private final Map<UUID, RoutingRef> routings = new HashMap<>();
  private final Map<UUID, Map<MemberId, int[]>> credits = new HashMap<>();
  private final Map<MemberId, List<RoutedQuestions.Routed>> routedTo = new HashMap<>();

  @Override
  public String topic() {
    return ExpertiseChange.TOPIC;
  }

  @Override
  public void apply(Change change) {
    apply(ExpertiseChange.decode(change.body()));
  }

  void apply(ExpertiseChange change) {
    lock.writeLock().lock();
    try {
      if (change instanceof ExpertiseChange.Asked a) {
        asked(a);
      } else if (change instanceof ExpertiseChange.Answered a) {
        answered(a);
      } else if (change instanceof ExpertiseChange.Accepted a) {
        accepted(a);
      } else if (change instanceof ExpertiseChange.Withdrawn w) {
        withdrawn(w);
      } else if (change instanceof ExpertiseChange.Helpful h) {
        helpful(h);
      } else if (change instanceof ExpertiseChange.Output o) {
        output(o);
      } else if (change instanceof ExpertiseChange.Wrote w) {
        wrote(w);
      } else if (change instanceof ExpertiseChange.Routed r) {
        routed(r);
      } else if (change instanceof ExpertiseChange.Away a) {
        if (a.until().isPresent()) {
          away.put(a.member(), a.until().get());
        } else {
          away.remove(a.member());
        }
      } else if (change instanceof ExpertiseChange.Hidden h) {
        if (h.hidden()) {
          hidden.add(h.member());
        } else {
          hidden.remove(h.member());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void rederive(Runnable replay) {
    lock.writeLock().lock();
    try {
      communities.clear();
      threads.clear();
      answers.clear();
      hidden.clear();
      away.clear();
      routings.clear();
      credits.clear();
      routedTo.clear();
      replay.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Reads the index under its read lock.
   *
   * @param reading what to read
   * @return what it returned
   */
  <T> T read(Function<Reader, T> reading) {
    lock.readLock().lock();
    try {
      return reading.apply(new Reader());
    } finally {
      lock.readLock().unlock();
    }
  }

  private void asked(ExpertiseChange.Asked a) {
    if (threads.containsKey(a.thread())) {
      return;
    }
    String[] tags = a.tags().toArray(String[]::new);
    Arrays.sort(tags);
    threads.put(a.thread(), new ThreadRef(a.community(), a.asker(), tags));
    CommunityEvidence community = community(a.community(), a.at());
    community.questions++;
    for (String tag : tags) {
      community.questionsPerTag.merge(tag, 1, Integer::sum);
    }
    community.member(a.asker()).questions++;
  }

  private void answered(ExpertiseChange.Answered a) {
    ThreadRef thread = threads.get(a.thread());
    if (thread == null) {
      return;
    }
    AnswerRef known = answers.get(a.post());
    if (known != null && !known.withdrawn) {
      return;
    }
    long micros = micros(a.at());
    if (known != null) {
      known.withdrawn = false; // approved again after moderation hid it
    } else {
      answers.put(a.post(), new AnswerRef(thread, a.author(), micros));
    }
    CommunityEvidence community = community(thread.community, a.at());
    MemberEvidence member = community.member(a.author());
    member.addAnswer(micros);
    if (known != null) {
      member.helpful += known.helpful;
    }
    community.rebound(member);
    RoutingRef routing = routings.get(a.thread());
    if (routing != null && !routing.credited && routing.experts.contains(a.author())) {
      routing.credited = true;
      credit(routing.community, routing.router)[1]++;
    }
    for (String tag : thread.tags) {
      community.answersPerTag.merge(tag, 1, Integer::sum);
      member.topics.computeIfAbsent(tag, t -> new int[2])[0]++;
      community.answerersPerTag.computeIfAbsent(tag, t -> new HashSet<>()).add(a.author());
    }
  }

  private void routed(ExpertiseChange.Routed r) {
    RoutingRef routing = routings.computeIfAbsent(r.thread(), key -> {
      credit(r.community(), r.router())[0]++;
      return new RoutingRef(r.community(), r.router());
    });
    if (routing.experts.add(r.expert())) {
      List<RoutedQuestions.Routed> list = routedTo.computeIfAbsent(r.expert(), key -> new ArrayList<>());
      RoutedQuestions.Routed routed = new RoutedQuestions.Routed(new CommunityId(r.community()), new ThreadId(r.thread()),
          r.at(), r.notified(), r.toldOn());
      int at = list.size();
      while (at > 0 && list.get(at - 1).at().isAfter(r.at())) {
        at--;
      }
      list.add(at, routed);
    }
  }

  private int[] credit(UUID community, MemberId router) {
    return credits.computeIfAbsent(community, key -> new HashMap<>()).computeIfAbsent(router, key -> new int[2]);
  }

  private void accepted(ExpertiseChange.Accepted a) {
    AnswerRef answer = answers.get(a.post());
    if (answer == null || answer.accepted || answer.withdrawn) {
      return;
    }
    ThreadRef thread = answer.thread;
    // one accepted answer per question: the one accepted before loses it
    if (thread.accepted != null && thread.accepted != answer) {
      setAccepted(thread.accepted, false);
    }
    setAccepted(answer, true);
    thread.accepted = answer;
  }

  private void setAccepted(AnswerRef answer, boolean accepted) {
    if (answer.accepted == accepted || answer.withdrawn) {
      return;
    }
    answer.accepted = accepted;
    CommunityEvidence community = communities.get(answer.thread.community);
    MemberEvidence member = community.member(answer.author);
    int delta = accepted ? 1 : -1;
    member.accepted += delta;
    community.rebound(member);
    for (String tag : answer.thread.tags) {
      member.topics.computeIfAbsent(tag, t -> new int[2])[1] += delta;
    }
  }

  private void withdrawn(ExpertiseChange.Withdrawn w) {
    AnswerRef answer = answers.get(w.post());
    if (answer == null || answer.withdrawn) {
      return;
    }
    setAccepted(answer, false);
    answer.withdrawn = true;
    CommunityEvidence community = communities.get(answer.thread.community);
    MemberEvidence member = community.member(answer.author);
    member.removeAnswer(answer.micros);
    member.helpful -= answer.helpful;
    community.rebound(member);
    for (String tag : answer.thread.tags) {
      community.answersPerTag.merge(tag, -1, Integer::sum);
      if (--member.topics.get(tag)[0] == 0) {
        community.answerersPerTag.computeIfPresent(tag,
            (t, answerers) -> answerers.remove(answer.author) && answerers.isEmpty() ? null : answerers);
      }
    }
  }

  private void helpful(ExpertiseChange.Helpful h) {
    AnswerRef answer = answers.get(h.post());
    if (answer == null) {
      return;
    }
    int delta = h.added() ? 1 : -1;
    if (answer.helpful + delta < 0) {
      return;
    }
    answer.helpful += delta;
    if (!answer.withdrawn) {
      CommunityEvidence community = communities.get(answer.thread.community);
      MemberEvidence member = community.member(answer.author);
      member.helpful += delta;
      community.rebound(member);
    }
  }

  private void output(ExpertiseChange.Output o) {
    CommunityEvidence community = community(o.community(), o.at());
    MemberEvidence author = community.member(o.author());
    author.items++;
    o.tags().forEach(tag -> author.outputsPerTag.merge(tag, 1, Integer::sum));
    community.contributed(o.author(), o.tags());
    for (MemberId coAuthor : o.coAuthors()) {
      MemberEvidence member = community.member(coAuthor);
      member.items++;
      o.tags().forEach(tag -> member.coOutputsPerTag.merge(tag, 1, Integer::sum));
      community.contributed(coAuthor, o.tags());
    }
  }

  private void wrote(ExpertiseChange.Wrote w) {
    CommunityEvidence community = community(w.community(), w.at());
    MemberEvidence member = community.member(w.author());
    member.items++;
    for (String tag : w.tags()) {
      member.itemsPerTag.merge(tag, 1, Integer::sum);
    }
    community.contributed(w.author(), w.tags());
  }

  private CommunityEvidence community(UUID id, Instant at) {
    CommunityEvidence community = communities.computeIfAbsent(id, key -> new CommunityEvidence());
    community.first = Math.min(community.first, micros(at));
    return community;
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }

  /** What readers see, under the read lock. */
  final class Reader {

    /**
     * @param community a community
     * @return its evidence, or null when it has none
     */
    CommunityEvidence community(UUID community) {
      return communities.get(community);
    }

    /**
     * @param member a member
     * @return whether they hide from suggestions
     */
    boolean hidden(MemberId member) {
      return hidden.contains(member);
    }

    /**
     * @param member a member
     * @param now the instant
     * @return whether they are away then
     */
    boolean away(MemberId member, Instant now) {
      Instant until = away.get(member);
      return until != null && until.isAfter(now);
    }

    /**
     * @param thread a question
     * @param member a member
     * @return whether it was routed to them (as far as this node has caught up)
     */
    boolean routed(UUID thread, MemberId member) {
      RoutingRef routing = routings.get(thread);
      return routing != null && routing.experts.contains(member);
    }

    /**
     * @param member a member
     * @param from the first instant
     * @param to the instant after the last
     * @return the questions routed to them in {@code [from, to)}, oldest first
     */
    List<RoutedQuestions.Routed> routedTo(MemberId member, Instant from, Instant to) {
      List<RoutedQuestions.Routed> found = new ArrayList<>();
      for (RoutedQuestions.Routed routed : routedTo.getOrDefault(member, List.of())) {
        if (!routed.at().isBefore(from) && routed.at().isBefore(to)) {
          found.add(routed);
        }
      }
      return found;
    }

    /**
     * @param community a community
     * @return per router, {questions routed, questions a routed member answered}
     */
    Map<MemberId, int[]> credits(UUID community) {
      Map<MemberId, int[]> copy = new HashMap<>();
      credits.getOrDefault(community, Map.of()).forEach((router, counts) -> copy.put(router, counts.clone()));
      return copy;
    }
  }

  /** A community's evidence. Mutated under the write lock only. */
  static final class CommunityEvidence {
    long first = Long.MAX_VALUE;
    int questions;
    final Map<String, Integer> questionsPerTag = new HashMap<>();
    final Map<String, Integer> answersPerTag = new HashMap<>();
    final Map<MemberId, MemberEvidence> members = new HashMap<>();
    /** tag → the members with at least one answer on a question with that tag. */
    final Map<String, Set<MemberId>> answerersPerTag = new HashMap<>();
    /** tag → the members who wrote a knowledge item or (co-)authored an output with that tag. */
    final Map<String, Set<MemberId>> contributorsPerTag = new HashMap<>();
    /**
     * Every member, by {@link MemberEvidence#bound} (highest first, then by ID): the most they score
     * on what does not depend on the question's tags nor on what they declared.
     */
    final NavigableSet<MemberEvidence> byBound = new TreeSet<>(Comparator.comparingDouble((MemberEvidence m) -> -m.bound)
        .thenComparing(m -> m.id.value()));

    MemberEvidence member(MemberId id) {
      return members.computeIfAbsent(id, key -> {
        MemberEvidence member = new MemberEvidence(key);
        byBound.add(member);
        return member;
      });
    }

    /** Puts a member back in its place by bound after their answers, accepted answers or HELPFUL marks changed. */
    void rebound(MemberEvidence member) {
      byBound.remove(member); // found by the bound it was filed under
      member.bound = EvidenceScoring.bound(member);
      byBound.add(member);
    }

    void contributed(MemberId member, Set<String> tags) {
      for (String tag : tags) {
        contributorsPerTag.computeIfAbsent(tag, t -> new HashSet<>()).add(member);
      }
    }
  }

  /** A member's evidence in one community. Mutated under the write lock only. */
  static final class MemberEvidence {
    /** Whose evidence it is. */
    final MemberId id;
    /** Where {@link CommunityEvidence#byBound} files them: {@link EvidenceScoring#bound} when last changed. */
    double bound;
    /** Instants of their answers, in epoch microseconds, ascending. */
    long[] answerTimes = new long[4];
    int answers;
    int accepted;
    int questions;
    int items;
    /** HELPFUL marks by others on their answers that count (not hidden by moderation). */
    int helpful;
    /** tag → {answers, accepted answers} on questions with that tag. */
    final Map<String, int[]> topics = new HashMap<>();
    final Map<String, Integer> itemsPerTag = new HashMap<>();
    /** tag → outputs they authored (started) that were published to the whole community. */
    final Map<String, Integer> outputsPerTag = new HashMap<>();
    /** tag → published outputs of which they wrote a revision without having started them. */
    final Map<String, Integer> coOutputsPerTag = new HashMap<>();

    MemberEvidence(MemberId id) {
      this.id = id;
    }

    void addAnswer(long micros) {
      if (answers == answerTimes.length) {
        answerTimes = Arrays.copyOf(answerTimes, answers * 2);
      }
      int at = answers;
      while (at > 0 && answerTimes[at - 1] > micros) {
        answerTimes[at] = answerTimes[at - 1];
        at--;
      }
      answerTimes[at] = micros;
      answers++;
    }

    void removeAnswer(long micros) {
      int at = Arrays.binarySearch(answerTimes, 0, answers, micros);
      if (at < 0) {
        return;
      }
      System.arraycopy(answerTimes, at + 1, answerTimes, at, answers - at - 1);
      answers--;
    }

    /**
     * @param from the first instant counted, epoch microseconds
     * @param to the instant after the last counted
     * @return how many answers fall in {@code [from, to)}
     */
    int answersBetween(long from, long to) {
      return lowerBound(to) - lowerBound(from);
    }

    private int lowerBound(long micros) {
      int low = 0;
      int high = answers;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (answerTimes[mid] < micros) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  /** A routed question: who routed it, to whom, and whether a routed member answered. */
  private static final class RoutingRef {
    final UUID community;
    final MemberId router;
    final Set<MemberId> experts = new HashSet<>();
    boolean credited;

    RoutingRef(UUID community, MemberId router) {
      this.community = community;
      this.router = router;
    }
  }

  /** A question the index knows. */
  private static final class ThreadRef {
    final UUID community;
    final MemberId asker;
    final String[] tags;
    AnswerRef accepted;

    ThreadRef(UUID community, MemberId asker, String[] tags) {
      this.community = community;
      this.asker = asker;
      this.tags = tags;
    }
  }

  /** An answer the index knows. */
  private static final class AnswerRef {
    final ThreadRef thread;
    final MemberId author;
    final long micros;
    int helpful;
    boolean accepted;
    boolean withdrawn;

    AnswerRef(ThreadRef thread, MemberId author, long micros) {
      this.thread = thread;
      this.author = author;
      this.micros = micros;
    }
  }
}
