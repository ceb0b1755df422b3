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
import org.copkit.core.shared.FeedChanges;

/** The {@link ActivityPublishing} use case: authorizes, then writes to the index and profiles. */
final class ActivityIntake implements ActivityPublishing {

  private final ActivityIndex index;
  private final MemberProfiles profiles;
  private final VendorSignals vendors;
  private final ActivityAccess access;
  private final Memberships memberships;
  private final Communities communities;
  private final Directory directory;
  private final Transactions transactions;

  ActivityIntake(
      ActivityIndex index,
      MemberProfiles profiles,
      VendorSignals vendors,
      Memberships memberships,
      Communities communities,
      Directory directory,
      Transactions transactions) {
    this.index = index;
    this.profiles = profiles;
    this.vendors = vendors;
    this.access = new ActivityAccess(index, memberships);
    this.memberships = memberships;
    this.communities = communities;
    this.directory = directory;
    this.transactions = transactions;
  }

  @Override
  public Publication publish(MemberId actor, Activity activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return transactions.inTransaction(() -> publishChecked(actor, activity));
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
    if (index.append(activity, authorRole, vendors.activityTerms(activity))) {
      return new Publication.Published(activity.id());
    }
    long existing = index.locate(activity.id()).orElseThrow();
    return mayKnow(actor, existing)
        ? new Publication.AlreadyPublished(activity.id())
        : new Publication.Published(activity.id());
  }

  /**
   * Whether the actor may know that an activity exists, retracted or not: its author, an
   * e-moderator of its community, or a member who may read it now. For anyone else, publishing
   * under its ID answers as an unused ID would, so the answer tells nothing.
   */
  private boolean mayKnow(MemberId actor, long ref) {
    if (index.author(index.columns(ref).author[ActivityIndex.slot(ref)]).equals(actor)) {
      return true;
    }
    boolean moderates = memberships.find(index.segment(ref).community, actor).filter(m -> m.has(Role.E_MODERATOR)).isPresent();
    return moderates || access.readerMembership(actor, ref).isPresent();
  }

  @Override
  public boolean retract(MemberId actor, ActivityId activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return transactions.inTransaction(() -> {
      long ref = access.locate(activity);
      Moderator moderator = moderator(actor, ref, activity);
      if (!moderator.canModerate() && !moderator.isAuthor()) {
        throw new AccessDeniedException(actor, "retract activity " + activity);
      }
      return index.setRetracted(ref, true);
    });
  }

  @Override
  public boolean reinstate(MemberId actor, ActivityId activity) {
    Validation.required("actor", actor);
    Validation.required("activity", activity);
    return transactions.inTransaction(() -> {
      long ref = access.locate(activity);
      if (!moderator(actor, ref, activity).canModerate()) {
        throw new AccessDeniedException(actor, "reinstate activity " + activity);
      }
      return index.setRetracted(ref, false);
    });
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

  /** Whether an actor who sees an activity moderates its community, and whether they wrote it. */
  private record Moderator(boolean canModerate, boolean isAuthor) {}

  /** {@link FeedChanges#publish}: a publication that a feature's use case has authorized already. */
  boolean publishAuthorized(Activity activity) {
    Validation.required("activity", activity);
    boolean authorRole = transactions.inTransaction(() -> memberships.find(activity.community(), activity.author()))
        .filter(author -> author.has(Role.E_MODERATOR) || author.has(Role.EXPERT))
        .isPresent();
    return index.append(activity, authorRole, vendors.activityTerms(activity));
  }

  /** {@link FeedChanges#retract}: a retraction that a feature's use case has authorized already. */
  boolean retractAuthorized(ActivityId activity) {
    return setRetractedAuthorized(activity, true);
  }

  /** {@link FeedChanges#reinstate}: a reinstatement that a feature's use case has authorized already. */
  boolean reinstateAuthorized(ActivityId activity) {
    return setRetractedAuthorized(activity, false);
  }

  private boolean setRetractedAuthorized(ActivityId activity, boolean retracted) {
    Validation.required("activity", activity);
    OptionalLong ref = index.locate(activity);
    return ref.isPresent() && index.setRetracted(ref.getAsLong(), retracted);
  }

  @Override
  public void record(MemberId actor, Interaction interaction) {
    Validation.required("actor", actor);
    Validation.required("interaction", interaction);
    transactions.inTransaction(() -> {
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
    if (kind == Interaction.Kind.SEEN) {
      profiles.update(actor, profile -> profile.withSeen(ref));
      return;
    }
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
    engage(actor, ref, kind);
  }

  /** Counts an interaction in the activity's engagement and in the actor's affinities. */
  private void engage(MemberId actor, long ref, Interaction.Kind kind) {
    Segment segment = index.segment(ref);
    Block.Columns columns = index.columns(ref);
    int slot = ActivityIndex.slot(ref);
    segment.engage(ActivityIndex.position(ref), kind);
    int author = columns.author[slot];
    if (!index.author(author).equals(actor)) {
      long answered = kind == Interaction.Kind.ANSWERED ? columns.tags[slot] : 0;
      profiles.update(actor, profile -> profile.withEngagement(author, segment.ordinal, answered));
    }
  }

  /**
   * {@link FeedChanges#record}: an interaction that a feature's use case has authorized already.
   * One with an activity the feed does not hold (never published, or retracted) is not counted.
   */
  boolean recordAuthorized(MemberId actor, Interaction interaction) {
    Validation.required("actor", actor);
    Validation.required("interaction", interaction);
    OptionalLong ref = index.locate(interaction.activity());
    if (ref.isEmpty() || index.isRetracted(ref.getAsLong())) {
      return false;
    }
    if (interaction.kind() == Interaction.Kind.SEEN) {
      profiles.update(actor, profile -> profile.withSeen(ref.getAsLong()));
    } else {
      engage(actor, ref.getAsLong(), interaction.kind());
    }
    return true;
  }

  @Override
  public void declareInterests(MemberId actor, Interests interests) {
    Validation.required("actor", actor);
    Validation.required("interests", interests);
    long declared = index.tagMask(interests.competences()) | index.tagMask(interests.learningGoals());
    profiles.update(actor, profile -> profile.withInterests(declared));
  }

  private static void requireWritable(Community community) {
    if (community.stage() == Stage.ARCHIVED) {
      throw ConflictException.rule("community " + community.id() + " is archived: nothing in it may change");
    }
  }
}
