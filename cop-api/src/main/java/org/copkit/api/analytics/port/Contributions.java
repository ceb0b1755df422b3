package org.copkit.api.analytics.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.analytics.Window;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Tier;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: the aggregate counts behind the participation reports. Adapters count in the
 * storage (a database groups and counts; it does not hand over every post) and answer for several
 * windows at once, so that an adapter may read each post once for a window and all its weeks and
 * months. Contract: {@code org.copkit.tck.analytics.ContributionsContract}.
 *
 * <p>Definitions, for a window {@code [from, to)}:
 *
 * <ul>
 *   <li>A <b>member</b> of a community is a membership of it that exists now and whose {@code
 *       joinedAt} is before {@code to}. On the {@link Scope.Platform whole platform} a member is a
 *       person with at least one such membership, in the closest tier to the work among them, who
 *       joined at the earliest {@code joinedAt} among them.
 *   <li>A <b>contribution</b> is a post in state PUBLISHED (an opening post or a reply) whose
 *       {@code createdAt} is in the window and whose author is a member of the post's community, as
 *       just defined. Posts of people who are not members (an administrator who never joined,
 *       someone who left) are not contributions.
 *   <li>A <b>question</b> is a thread of kind QUESTION whose state is PUBLISHED and whose {@code
 *       createdAt} is in the window, whoever asked it. Its <b>answers</b> are its PUBLISHED
 *       top-level replies (not the opening post, not comments: a post that replies to another post,
 *       the opening post included, is a comment) by anyone but its author,
 *       written before {@code to}.
 * </ul>
 *
 * <p>Windows may overlap; a result holds one entry per window asked for, empty windows included.
 *
 * <p>A report asks for all its counts in one call, {@link #report}; its default asks each method in
 * turn, and an adapter that can count everything in one or two reads of the posts overrides it.
 */
public interface Contributions {

  /**
   * Counts members per tier at the end of each window.
   *
   * @param scope a community or the whole platform
   * @param windows the windows
   * @return for each window, the members of each tier; every tier is present, zeros included
   */
  Map<Window, Map<Tier, Long>> members(Scope scope, Set<Window> windows);

  /**
   * Counts each member's contributions in each window.
   *
   * @param scope a community or the whole platform
   * @param windows the windows
   * @return for each window, one tally per member with at least one contribution, in no particular order
   */
  Map<Window, List<MemberTally>> contributors(Scope scope, Set<Window> windows);

  /**
   * Counts, in each window, how many members made each number of contributions: the histogram of
   * the window's contributions, which is all that the counts of a period need (contributions,
   * contributors, and the 1-9-90 split for any thresholds) and far smaller than the tallies.
   *
   * @param scope a community or the whole platform
   * @param windows the windows
   * @return for each window, for each number {@code k ≥ 1}, how many members made exactly {@code k}
   *     contributions; the members who made none are not in it
   */
  Map<Window, Map<Long, Long>> histograms(Scope scope, Set<Window> windows);

  /**
   * Counts contributions per CoP component in each window: each contribution counts in the
   * component stored with it ({@link org.copkit.api.discussion.Post#component()}), which the
   * platform's activity classifiers decided when it was written.
   *
   * @param scope a community or the whole platform
   * @param windows the windows
   * @return for each window, the contributions of each component that has any
   */
  Map<Window, Map<CopComponent, Long>> byComponent(Scope scope, Set<Window> windows);

  /**
   * Counts the questions opened in each window, their answers and accepted answers.
   *
   * @param scope a community or the whole platform
   * @param windows the windows
   * @return for each window, its questions
   */
  Map<Window, QuestionTally> questions(Scope scope, Set<Window> windows);

  /**
   * Every count of one report at once: the same answers as {@link #members}, {@link #contributors},
   * {@link #histograms}, {@link #byComponent} and {@link #questions} for the windows given to
   * each, which an adapter may compute together (reading each post once rather than once per
   * method). The default calls the five methods.
   *
   * @param scope a community or the whole platform
   * @param windows the windows of each count
   * @return the counts, each as its method answers it
   */
  default ReportCounts report(Scope scope, ReportWindows windows) {
    return new ReportCounts(members(scope, windows.members()), contributors(scope, windows.contributors()),
        histograms(scope, windows.histograms()), byComponent(scope, windows.components()),
        questions(scope, windows.questions()));
  }

  /**
   * One member's contributions in a community over a window.
   *
   * @param community the community
   * @param member the person
   * @param window the window
   * @return their tally, or empty when they are not a member of the community in that window
   */
  Optional<MemberTally> tally(CommunityId community, MemberId member, Window window);

  /**
   * The members of a community without a contribution in a window, by member ID.
   *
   * @param community the community
   * @param window the window
   * @param page which page
   * @return the page; every tally counts 0
   */
  Page<MemberTally> lurkers(CommunityId community, Window window, PageRequest page);
}
