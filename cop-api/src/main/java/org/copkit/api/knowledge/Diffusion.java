package org.copkit.api.knowledge;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One diffusion of a published output, as recorded: where it went, who sent it, when and why.
 *
 * @param target where it went
 * @param by who diffused it
 * @param at when
 * @param note a note, possibly empty, at most {@value #MAX_NOTE} characters
 */
public record Diffusion(Target target, MemberId by, Instant at, String note) {

  /** The longest note. */
  public static final int MAX_NOTE = 500;

  /** Validates the fields. */
  public Diffusion {
    Validation.required("target", target);
    Validation.required("by", by);
    Validation.required("at", at);
    note = Validation.optionalText("note", note, MAX_NOTE);
  }

  /**
   * Where an output is diffused. Sealed: a community of the platform (its own, or another), the
   * whole platform, or a channel outside the platform.
   */
  public sealed interface Target {}

  /**
   * Every member of a community may read it: its own community when it is published, or another
   * one an e-moderator chose.
   *
   * @param community the community
   */
  public record ToCommunity(CommunityId community) implements Target {

    /** Validates the fields. */
    public ToCommunity {
      Validation.required("community", community);
    }
  }

  /** Every active person of the platform may read it. */
  public record ToPlatform() implements Target {}

  /**
   * Marked for diffusion outside the platform (a journal, a conference, the intranet's news): the
   * platform records it and shows it to nobody else.
   *
   * @param channel where, 1 to {@value #MAX_CHANNEL} characters
   */
  public record Outside(String channel) implements Target {

    /** The longest channel name. */
    public static final int MAX_CHANNEL = 200;

    /** Validates the fields. */
    public Outside {
      channel = Validation.name("channel", channel, MAX_CHANNEL);
    }
  }
}
