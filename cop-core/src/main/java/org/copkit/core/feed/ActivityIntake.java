package org.copkit.core.feed;

import java.util.Optional;
import java.util.OptionalLong;

import org.copkit.api.community.Audience;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Role;
import org.copkit.api.community.Stage;
import org.copkit.api.community.Tier;
import org.copkit.api.community.Visibility;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.Memberships;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.ActivityId;
import org.copkit.api.feed.ActivityKind;
import org.copkit.api.feed.ActivityPublishing;
import org.copkit.api.feed.Interaction;
import org.copkit.api.feed.Interests;
import org.copkit.api.feed.Publication;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Person;
import org.copkit.api.shared.Transactions;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.ChangeLog;
import org.copkit.core.shared.FeedChanges;
import org.copkit.core.shared.UnitOfWork;

/**
 * The {@link ActivityPublishing} use case, and {@link FeedChanges} for the platform's features:
 * authorizes, then appends the change to the change log in the unit of work. The change reaches
 * this node's index once the unit has committed (the writer catches up then: it reads its own
 * writes) and every other node's at its next catch-up. The log, not this node's index, decides
 * whether an activity ID is taken.
 *
 * <p>Before authorizing, a call catches up, so that it judges an activity published on another
 * node as this node's readers will.
 */
final class ActivityIntake implements ActivityPublishing {

  private final ActivityIndex index;
  private final VendorSignals vendors;
  private final ActivityAccess access;
  private final Memberships memberships;
  private final Communities communities;
  private final Directory directory;
  private final Transactions transactions;
  private final UnitOfWork work;
  private final ChangeLog log;
  private final FeedSync sync;

  ActivityIntake(
      ActivityIndex index,
      VendorSignals vendors,
      Memberships memberships,
      Communities communities,
      Directory directory,
      Transactions transactions,
      ChangeLog log,
      FeedSync sync) {
    this.index = index;
    this.vendors = vendors;
    this.access = new ActivityAccess(index, memberships);
    this.memberships = memberships;
    this.communities = communities;
    this.directory = directory;
    this.transactions = transactions;
    this.work = new UnitOfWork(transactions);
    this.log = log;
    this.sync = sync;
  }

  /** Catches up, runs the command, and catches up again to read its own writes. */
  private <T> T command(java.util.function.Supplier<T> command) {
    catchUpQuietly();
    T result = work.run(command);
    catchUpQuietly();
    return result;
  }

  /**
   * Catches up; a log that cannot be read now leaves the node stale (the poller tries again) and
   * does not fail the command, whose own transaction reports any real trouble with the storage.
   */
  private void catchUpQuietly() {
    try {
      sync.catchUp();
    } catch (RuntimeException e) {
      // FeedSync reported it; the feed is stale until a catch-up succeeds
    }
  }

  @Override
  public Publication publish(MemberId actor, Activity activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return command(() -> publishChecked(actor, activity));
  }

  private Publication publishChecked(MemberId actor, Activity activity) {
    CommunityId id = activity.community();
    Membership writer = memberships.find(id, actor).orElse(null);
    Community community =
        communities
            .find(id)
            .filter(c -> c.visibility() != Visibility.SECRET || writer != null)
            .orElseThrow(() -> new NotFoundException("community", id.toString()));
    if (writer == null || writer.tier() == Tier.OBSERVER) {
      throw new AccessDeniedException(actor, "publish activities in community " + id);
    }
    if (activity.audience() == Audience.CORE && writer.tier() != Tier.CORE) {
      throw new AccessDeniedException(actor, "publish for the core group of community " + id);
    }
    requireWritable(community);
    Membership author =
        activity.author().equals(actor)
            ? writer
            : memberships
                .find(id, activity.author())
                .orElseThrow(() -> new InvalidInputException("author", "must be a member of the community"));
    boolean authorRole = author.has(Role.E_MODERATOR) || author.has(Role.EXPERT);
    if (log.appendClaiming(FeedChange.TOPIC, FeedChange.keyOf(activity.id()),
        new FeedChange.Published(activity, authorRole).encode())) {
      return new Publication.Published(activity.id());
    }
    Activity existing = log.claimed(FeedChange.keyOf(activity.id()))
        .map(change -> ((FeedChange.Published) FeedChange.decode(change.body())).activity())
        .orElseThrow(() -> new IllegalStateException("activity " + activity.id() + " is claimed and not found"));
    return mayKnow(actor, existing)
        ? new Publication.AlreadyPublished(activity.id())
        : new Publication.Published(activity.id());
  }

  /**
   * Whether the actor may know that an activity exists, retracted or not: its author, an
   * e-moderator of its community, or a member who may read it now. For anyone else, publishing
   * under its ID answers as an unused ID would, so the answer tells nothing.
   */
  private boolean mayKnow(MemberId actor, Activity existing) {
    if (existing.author().equals(actor)) {
      return true;
    }
    Optional<Membership> membership = memberships.find(existing.community(), actor);
    if (membership.filter(m -> m.has(Role.E_MODERATOR)).isPresent()) {
      return true;
    }
    OptionalLong ref = index.locate(existing.id());
    boolean retracted = ref.isPresent() && index.isRetracted(ref.getAsLong());
    return !retracted && membership.filter(m -> existing.audience() != Audience.CORE || m.tier() == Tier.CORE).isPresent();
  }

  @Override
  public boolean retract(MemberId actor, ActivityId activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return command(() -> {
      long ref = access.locate(activity);
      Moderator moderator = moderator(actor, ref, activity);
      if (!moderator.canModerate() && !moderator.isAuthor()) {
        throw new AccessDeniedException(actor, "retract activity " + activity);
      }
      return setRetracted(ref, activity, true);
    });
  }

  @Override
  public boolean reinstate(MemberId actor, ActivityId activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return command(() -> {
      long ref = access.locate(activity);
      if (!moderator(actor, ref, activity).canModerate()) {
        throw new AccessDeniedException(actor, "reinstate activity " + activity);
      }
      return setRetracted(ref, activity, false);
    });
  }

  /** Appends a retraction or reinstatement that changes what this node holds now. */
  private boolean setRetracted(long ref, ActivityId activity, boolean retracted) {
    if (index.isRetracted(ref) == retracted) {
      return false;
    }
    log.append(FeedChange.TOPIC,
        (retracted ? new FeedChange.Retracted(activity) : new FeedChange.Reinstated(activity)).encode());
    return true;
  }

  /** What the actor is to a published activity, retracted or not; not found when they may not see it. */
  private Moderator moderator(MemberId actor, long ref, ActivityId activity) {
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    boolean administrator = directory.find(actor).filter(Person::active).map(Person::administrator).orElse(false);
    Optional<Membership> membership = memberships.find(index.segment(ref).community, actor)
        .filter(m -> (columns.flags[slot] & Block.CORE_ONLY) == 0 || m.tier() == Tier.CORE);
    if (!administrator && membership.isEmpty()) {
      throw ActivityAccess.notFound(activity);
    }
    return new Moderator(administrator || membership.get().has(Role.E_MODERATOR),
        index.author(columns.author[slot]).equals(actor));
  }

  /** What an actor who sees an activity moderates its community, and whether they wrote it. */
  private record Moderator(boolean canModerate, boolean isAuthor) {}

  /**
   * {@link FeedChanges#publish}: a publication that a feature's use case has authorized already,
   * appended in that use case's unit of work.
   */
  boolean publishAuthorized(Activity activity) {
    Validation.required("activity", activity);
    boolean authorRole = transactions.inTransaction(() -> memberships.find(activity.community(), activity.author()))
        .filter(author -> author.has(Role.E_MODERATOR) || author.has(Role.EXPERT))
        .isPresent();
    boolean appended = transactions.inTransaction(() -> log.appendClaiming(
        FeedChange.TOPIC, FeedChange.keyOf(activity.id()), new FeedChange.Published(activity, authorRole).encode()));
    UnitOfWork.afterCommit(this::catchUpQuietly);
    return appended;
  }

  /** {@link FeedChanges#retract}: a retraction that a feature's use case has authorized already. */
  boolean retractAuthorized(ActivityId activity) {
    return setRetractedAuthorized(activity, true);
  }

  /** {@link FeedChanges#reinstate}: a reinstatement that a feature's use case has authorized already. */
  boolean reinstateAuthorized(ActivityId activity) {
    return setRetractedAuthorized(activity, false);
  }

  /**
   * Appends the change whatever this node holds now (it may be behind, or the activity may be
   * published in this very unit of work); applying it to an activity never published, or already
   * in that state, changes nothing.
   */
  private boolean setRetractedAuthorized(ActivityId activity, boolean retracted) {
    Validation.required("activity", activity);
    OptionalLong ref = index.locate(activity);
    boolean changes = ref.isPresent() && index.isRetracted(ref.getAsLong()) != retracted;
    transactions.inTransaction(() -> {
      log.append(FeedChange.TOPIC,
          (retracted ? new FeedChange.Retracted(activity) : new FeedChange.Reinstated(activity)).encode());
      return null;
    });
    UnitOfWork.afterCommit(this::catchUpQuietly);
    return changes;
  }

  @Override
  public void record(MemberId actor, Interaction interaction) {
    Validation.required("actor", actor);
    Validation.required("interaction", interaction);
    command(() -> {
      recordChecked(actor, interaction);
      return null;
    });
  }

  private void recordChecked(MemberId actor, Interaction interaction) {
    long ref = access.locate(interaction.activity());
    Membership reader =
        access
            .readerMembership(actor, ref)
            .orElseThrow(() -> ActivityAccess.notFound(interaction.activity()));
    Segment segment = index.segment(ref);
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    Interaction.Kind kind = interaction.kind();
    if (kind != Interaction.Kind.SEEN) {
      if (reader.tier() == Tier.OBSERVER) {
        throw new AccessDeniedException(actor, "react to, reply to or answer activities in community " + segment.community);
      }
      if (kind == Interaction.Kind.ANSWERED
          && columns.records.kind(slot) != ActivityKind.QUESTION) {
        throw new InvalidInputException("kind", "ANSWERED applies to questions only");
      }
      requireWritable(
          communities
              .find(segment.community)
              .orElseThrow(() -> new NotFoundException("community", segment.community.toString())));
    }
    log.append(FeedChange.TOPIC, new FeedChange.Engaged(actor, interaction.activity(), kind).encode());
  }

  /**
   * {@link FeedChanges#record}: an interaction that a feature's use case has authorized already.
   * One with an activity the feed does not hold when the change is applied (never published, or
   * retracted) is not counted.
   *
   * @return whether this node holds the activity, not retracted, now
   */
  boolean recordAuthorized(MemberId actor, Interaction interaction) {
    Validation.required("actor", actor);
    Validation.required("interaction", interaction);
    OptionalLong ref = index.locate(interaction.activity());
    transactions.inTransaction(() -> {
      log.append(FeedChange.TOPIC, new FeedChange.Engaged(actor, interaction.activity(), interaction.kind()).encode());
      return null;
    });
    UnitOfWork.afterCommit(this::catchUpQuietly);
    return ref.isPresent() && !index.isRetracted(ref.getAsLong());
  }

  @Override
  public void declareInterests(MemberId actor, Interests interests) {
    Validation.required("actor", actor);
    Validation.required("interests", interests);
    java.util.Set<String> tags = new java.util.LinkedHashSet<>(interests.competences());
    tags.addAll(interests.learningGoals());
    command(() -> {
      log.append(FeedChange.TOPIC, new FeedChange.Interested(actor, tags).encode());
      return null;
    });
  }

  private static void requireWritable(Community community) {
    if (community.stage() == Stage.ARCHIVED) {
      throw ConflictException.rule("community " + community.id() + " is archived: nothing in it may change");
    }
  }
}
