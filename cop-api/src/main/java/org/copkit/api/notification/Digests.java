package org.copkit.api.notification;

import java.util.List;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: each member's attention settings, and the digests that gather what may not
 * interrupt them.
 *
 * <p>Every notification for a person passes their settings: on a channel that hears of everything
 * as it happens ({@link Frequency#IMMEDIATE}, the default) it is told at once, except in their quiet
 * hours or once today's budget of interruptions is spent: what was held back then comes as one
 * digest once they end (or the next day's budget allows). On a channel with a daily or weekly
 * frequency ({@link AttentionSettings#channelFrequencies()}) it is held for that channel's digest.
 * Held notices (mentions, moderation decisions, sanctions, learning events, knowledge reviews) come
 * in a digest's {@link Digest#notices()}, each once, and only while the member may still read what
 * they link to; a topic the member turned off ({@link AttentionSettings#without(Notification.Topic)})
 * is neither told nor held. A member on a daily or weekly digest is due one at their digest time (in their zone;
 * weekly on their digest day). A digest gathers, since the end of the member's previous one: the
 * questions routed to them that they were not told of at once, the top of their feed (what others
 * did in their communities), the review queues of the communities they moderate, the learning
 * events they hold a seat at (confirmed, neither waiting nor cancelled) that start before their
 * next digest is due, and the knowledge items they keep fresh whose review-by day came in the
 * window — each at most once, without the sections they unsubscribed from, and only what they may
 * read when it is built (a member who left a community hears nothing more of it, nor of the working
 * group's items once they are no longer CORE). Nothing is sent while they are away or in their
 * quiet hours: it waits. What quiet hours held back from a member who hears of everything at once
 * comes as a digest of the questions routed to them only: the other sections belong to scheduled
 * digests.
 *
 * <p>Exactly one digest per member and period, whatever the retries and however many nodes send:
 * the storage decides it (the {@code AttentionBook}'s key of member and period). A member whose
 * channels have different frequencies gets each frequency's digests on its channels, under periods
 * prefixed with it ({@code daily/2026-11-02}). Settings are kept
 * in the storage too, so every node and every restart agree.
 */
public interface Digests {

  /**
   * @param member who asks about themselves
   * @return their settings, {@link AttentionSettings#DEFAULT} until they change them
   */
  AttentionSettings settings(MemberId member);

  /**
   * Changes how the member wants to be interrupted.
   *
   * @param member who: only themselves
   * @param settings the new settings
   * @return the settings kept
   */
  AttentionSettings configure(MemberId member, AttentionSettings settings);

  /**
   * Builds and hands to the {@link Notifications} port every digest due now that no node has sent
   * yet; members with nothing to tell get none (what comes later goes in their next one). Meant
   * to be run by the host's scheduler, every few minutes, on any or every node.
   *
   * @param administrator an administrator, who runs the sending
   * @return the digests this call sent
   * @throws org.copkit.api.shared.AccessDeniedException for anyone else
   */
  List<Digest> sendDue(MemberId administrator);

  /**
   * One-click unsubscribe: removes a section from the digests, or turns a topic of notices off, for
   * the member whose digest or notification carried the token. The token is the authority, as in a
   * mail's unsubscribe link; using it twice changes nothing more. A topic turned off is neither told
   * at once nor held for a digest, on any channel; notices of it already held are not gathered.
   *
   * @param token a token from {@link Digest#unsubscribe()}, {@link Digest.Notice#unsubscribe()} or
   *     {@link Notification#unsubscribe()}
   * @return what the member was unsubscribed from
   * @throws org.copkit.api.shared.NotFoundException when nothing carried the token
   */
  Subscription unsubscribe(String token);
}
