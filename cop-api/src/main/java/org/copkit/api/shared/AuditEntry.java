package org.copkit.api.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to whom, when and why.
 *
 * @param at when, on the platform's clock
 * @param actor who acted, or empty when the platform's own policy did
 * @param asAdministrator whether the actor used platform-administrator powers to do it
 * @param scope what it belongs to, such as a community's ID as text
 * @param action what was done
 * @param subject the person it was done to, if any
 * @param detail a short description of the change, such as {@code "CORE -> PARTICIPANT"}
 * @param reason the reason the actor gave, possibly empty
 */
public record AuditEntry(
    Instant at,
    Optional<MemberId> actor,
    boolean asAdministrator,
    String scope,
    AuditAction action,
    Optional<MemberId> subject,
    String detail,
    String reason) {

  /** Validates the fields. */
  public AuditEntry {
    Validation.required("at", at);
    Validation.required("actor", actor);
    scope = Validation.name("scope", scope, 64);
    Validation.required("action", action);
    Validation.required("subject", subject);
    detail = Validation.optionalText("detail", detail, 500);
    reason = Validation.optionalText("reason", reason, 2000);
  }
}
