package org.copkit.benchmarks.expertise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up history of questions and answers (seed 42): {@code members} members spread over
 * {@code communities} communities (each member in one to three, community 0 the largest), {@code
 * posts} posts of which a quarter are questions with one to three of 200 tags (Zipf), the rest
 * answers to an earlier question of the same community, a third of the questions with an accepted
 * answer; posts spread evenly over three years ending at {@link #NOW}; answerers drawn with a
 * Zipf-like skew so that some members answer much more than others. The same lists feed CoPKit
 * and the SQL alternative.
 */
final class ExpertWorkload {

  /** When the history ends and the questions are asked. */
  static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
  static final Duration SPAN = Duration.ofDays(3 * 365);
  static final int TAGS = 200;

  /** A question: its number, community, asker, instant and tags. */
  record Question(int id, int community, int asker, Instant at, Set<String> tags) {}

  /** An answer: its number, question, author, instant, and whether it was accepted. */
  record Answer(int id, int question, int author, Instant at, boolean accepted) {}

  final int members;
  final int communities;
  final List<Question> questions = new ArrayList<>();
  final List<Answer> answers = new ArrayList<>();
  /** Per community, its members, in order. */
  final List<List<Integer>> memberships = new ArrayList<>();
  /** The questions the benchmark asks about: tags of real questions of community 0. */
  final List<Set<String>> asked = new ArrayList<>();

  private ExpertWorkload(int members, int communities) {
    this.members = members;
    this.communities = communities;
  }

  static ExpertWorkload of(int members, int posts, int communities) {
    ExpertWorkload w = new ExpertWorkload(members, communities);
    Random random = new Random(42);
    for (int c = 0; c < communities; c++) {
      w.memberships.add(new ArrayList<>());
    }
    for (int m = 0; m < members; m++) {
      Set<Integer> mine = new LinkedHashSet<>();
      mine.add(m < members / 4 ? 0 : random.nextInt(communities)); // community 0 the largest
      int more = random.nextInt(3);
      for (int i = 0; i < more; i++) {
        mine.add(random.nextInt(communities));
      }
      for (int c : mine) {
        w.memberships.get(c).add(m);
      }
    }
    List<List<Integer>> openQuestions = new ArrayList<>();
    for (int c = 0; c < communities; c++) {
      openQuestions.add(new ArrayList<>());
    }
    Set<Integer> acceptedQuestions = new java.util.HashSet<>();
    long step = SPAN.toSeconds() * 1_000_000L / posts;
    Instant start = NOW.minus(SPAN);
    for (int p = 0; p < posts; p++) {
      Instant at = start.plusNanos((p + 1) * step * 1_000L);
      int community = random.nextDouble() < 0.3 ? 0 : random.nextInt(communities);
      List<Integer> people = w.memberships.get(community);
      List<Integer> open = openQuestions.get(community);
      if (p % 4 == 0 || open.isEmpty()) {
        Set<String> tags = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        while (tags.size() < n) {
          tags.add("tag" + zipf(random, TAGS));
        }
        int asker = people.get(random.nextInt(people.size()));
        Question q = new Question(w.questions.size(), community, asker, at, Set.copyOf(tags));
        w.questions.add(q);
        open.add(q.id());
      } else {
        int question = open.get(open.size() - 1 - Math.min(open.size() - 1, zipf(random, 50) - 1));
        int author = people.get(Math.min(people.size() - 1, zipf(random, people.size()) - 1));
        boolean accepted = random.nextInt(3) == 0 && acceptedQuestions.add(question);
        w.answers.add(new Answer(w.answers.size(), question, author, at, accepted));
      }
    }
    for (int i = w.questions.size() - 1; i >= 0 && w.asked.size() < 50; i--) {
      if (w.questions.get(i).community() == 0) {
        w.asked.add(w.questions.get(i).tags());
      }
    }
    return w;
  }

  /** @return a rank from 1 to {@code n}, skewed towards 1 (roughly Zipf with exponent 1) */
  private static int zipf(Random random, int n) {
    double u = random.nextDouble();
    return Math.max(1, Math.min(n, (int) Math.floor(Math.pow(n + 1, u))));
  }

  static String member(int m) {
    return "m" + m;
  }
}
