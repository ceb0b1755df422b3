package org.copkit.core.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.copkit.api.notification.Frequency;
import org.copkit.api.notification.port.AttentionBook;
import org.copkit.api.notification.port.AttentionRecord;
import org.copkit.api.notification.port.PageClaim;
import org.copkit.api.notification.port.SentDigest;
import org.copkit.api.notification.port.UnsubscribeToken;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * {@link AttentionBook} in memory, and what it holds about a member for privacy (capability
 * {@value #CAPABILITY}: erasure deletes it all, as nothing in it is shared with others).
 */
final class InMemoryAttentionBook implements AttentionBook, PersonalData {

  static final String CAPABILITY = "attention";

  private record DigestKey(MemberId member, String period) {}

  private record TokenRow(UnsubscribeToken token) {}

  private record Slot(MemberId member, LocalDate day, int slot) {}

  private record Interruption(MemberId member, LocalDate day, int slot, Instant at) {}

  private record ClaimKey(String slot, int page) {}

  private final VersionedStore<MemberId, AttentionRecord> records;
  private final VersionedStore<DigestKey, SentDigest> digests;
  private final VersionedStore<String, TokenRow> tokens;
  private final VersionedStore<Slot, Interruption> interruptions;
  private final VersionedStore<ClaimKey, PageClaim> claims;

  InMemoryAttentionBook(InMemoryTransactions transactions) {
    this.records = new VersionedStore<>(transactions, "attention settings", AttentionRecord::version,
        (r, v) -> new AttentionRecord(r.member(), r.settings(), r.changedAt(), r.windowFrom(), v));
    this.digests = VersionedStore.unversioned(transactions, "digest");
    this.tokens = VersionedStore.unversioned(transactions, "unsubscribe token");
    this.interruptions = VersionedStore.unversioned(transactions, "interruption");
    this.claims = VersionedStore.unversioned(transactions, "page claim");
  }

  @Override
  public Optional<AttentionRecord> find(MemberId member) {
    return records.find(Validation.required("member", member));
  }

  @Override
  public AttentionRecord add(AttentionRecord record) {
    Validation.required("record", record);
    AttentionRecord stored = new AttentionRecord(record.member(), record.settings(), record.changedAt(),
        record.windowFrom(), 0);
    records.add(record.member(), stored);
    return stored;
  }

  @Override
  public AttentionRecord update(AttentionRecord record) {
    return records.update(Validation.required("record", record).member(), record);
  }

  @Override
  public List<AttentionRecord> digestible(Optional<MemberId> after, int max) {
    Validation.required("after", after);
    Validation.between("max", max, 1, 1000);
    return records.all().stream()
        .filter(r -> after.isEmpty() || r.member().value().compareTo(after.get().value()) > 0)
        .filter(r -> r.settings().frequency() != Frequency.IMMEDIATE || r.settings().quietHours().isPresent()
            || r.settings().dailyBudget().isPresent() || !r.settings().channelFrequencies().isEmpty())
        .sorted(Comparator.comparing(r -> r.member().value()))
        .limit(max)
        .toList();
  }

  @Override
  public void addClaim(PageClaim claim) {
    Validation.required("claim", claim);
    claims.add(new ClaimKey(claim.slot(), claim.page()), claim);
  }

  @Override
  public Optional<PageClaim> claim(String slot, int page) {
    return claims.find(new ClaimKey(Validation.required("slot", slot), page));
  }

  @Override
  public long sweepClaims(String slot) {
    Validation.required("slot", slot);
    List<ClaimKey> old = claims.keys().stream().filter(k -> k.slot().compareTo(slot) < 0).toList();
    old.forEach(claims::remove);
    return old.size();
  }

  @Override
  public Optional<SentDigest> digest(MemberId member, String period) {
    return digests.find(new DigestKey(Validation.required("member", member), Validation.required("period", period)));
  }

  @Override
  public void addDigest(SentDigest digest) {
    Validation.required("digest", digest);
    digests.add(new DigestKey(digest.member(), digest.period()), digest);
  }

  @Override
  public Optional<Instant> lastDigestEnd(MemberId member) {
    Validation.required("member", member);
    return digests.all().stream().filter(d -> d.member().equals(member)).map(SentDigest::to)
        .max(Comparator.naturalOrder());
  }

  @Override
  public Optional<Instant> lastDigestEnd(MemberId member, String periodPrefix) {
    Validation.required("member", member);
    Validation.required("periodPrefix", periodPrefix);
    return digests.all().stream().filter(d -> d.member().equals(member) && d.period().startsWith(periodPrefix))
        .map(SentDigest::to).max(Comparator.naturalOrder());
  }

  @Override
  public void addToken(UnsubscribeToken token) {
    Validation.required("token", token);
    tokens.add(token.token(), new TokenRow(token));
  }

  @Override
  public Optional<UnsubscribeToken> token(String token) {
    return tokens.find(UnsubscribeToken.check(token)).map(TokenRow::token);
  }

  @Override
  public int interruptions(MemberId member, LocalDate day) {
    Validation.required("member", member);
    Validation.required("day", day);
    return (int) interruptions.all().stream().filter(i -> i.member().equals(member) && i.day().equals(day)).count();
  }

  @Override
  public void addInterruption(MemberId member, LocalDate day, int slot, Instant at) {
    Validation.required("member", member);
    Validation.required("day", day);
    Validation.between("slot", slot, 1, Integer.MAX_VALUE);
    Validation.required("at", at);
    interruptions.add(new Slot(member, day, slot), new Interruption(member, day, slot, at));
  }

  /**
   * @return the kinds of this book kept only for a while: interruptions, digests sent (each
   *     member's latest kept whatever its age), unsubscribe tokens
   */
  List<org.copkit.api.privacy.port.RetainedData> retainedData() {
    return List.of(
        retained(AttentionBook.INTERRUPTION_RETENTION, (before, max) -> {
          List<Slot> old = interruptions.all().stream().filter(i -> i.at().isBefore(before))
              .sorted(Comparator.comparing(Interruption::at).thenComparing(i -> i.member().value())
                  .thenComparing(Interruption::day).thenComparingInt(Interruption::slot))
              .limit(max).map(i -> new Slot(i.member(), i.day(), i.slot())).toList();
          old.forEach(interruptions::remove);
          return old.size();
        }),
        retained(AttentionBook.DIGEST_RETENTION, (before, max) -> {
          List<SentDigest> all = List.copyOf(digests.all());
          List<DigestKey> old = all.stream().filter(d -> d.sentAt().isBefore(before))
              .filter(d -> all.stream().anyMatch(l -> l.member().equals(d.member()) && l.to().isAfter(d.to())))
              .sorted(Comparator.comparing(SentDigest::sentAt).thenComparing(d -> d.member().value())
                  .thenComparing(SentDigest::period))
              .limit(max).map(d -> new DigestKey(d.member(), d.period())).toList();
          old.forEach(digests::remove);
          return old.size();
        }),
        retained(AttentionBook.TOKEN_RETENTION, (before, max) -> {
          List<String> old = tokens.all().stream().map(TokenRow::token).filter(t -> t.issuedAt().isBefore(before))
              .sorted(Comparator.comparing(UnsubscribeToken::issuedAt).thenComparing(UnsubscribeToken::token))
              .limit(max).map(UnsubscribeToken::token).toList();
          old.forEach(tokens::remove);
          return old.size();
        }));
  }

  private static org.copkit.api.privacy.port.RetainedData retained(String kind,
      java.util.function.BiFunction<Instant, Integer, Integer> sweep) {
    return new org.copkit.api.privacy.port.RetainedData() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public long sweep(Instant before, int max) {
        return sweep.apply(before, max);
      }
    };
  }

  @Override
  public String capability() {
    return CAPABILITY;
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    find(member).ifPresent(r -> out.record("settings", settingsFields(r)));
    digests.all().stream().filter(d -> d.member().equals(member))
        .sorted(Comparator.comparing(SentDigest::sentAt).thenComparing(SentDigest::period))
        .forEach(d -> out.record("digest", MemberRecords.fields(d)));
    tokens.all().stream().map(TokenRow::token).filter(t -> t.member().equals(member))
        .sorted(Comparator.comparing(UnsubscribeToken::issuedAt).thenComparing(UnsubscribeToken::token))
        .forEach(t -> out.record("unsubscribe-token", tokenFields(t)));
    interruptions.all().stream().filter(i -> i.member().equals(member))
        .sorted(Comparator.comparing(Interruption::at).thenComparing(Interruption::slot))
        .forEach(i -> out.record("interruption", MemberRecords.fields(i)));
  }

  /** A token as the JPA storage exports its row: the subscription by its key. */
  private static java.util.Map<String, Object> tokenFields(UnsubscribeToken t) {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    fields.put("token", t.token());
    fields.put("member", t.member().value());
    fields.put("subscription", t.subscription().key());
    fields.put("issuedAt", t.issuedAt());
    return fields;
  }

  /** The settings as the JPA storage exports its row: flat, times of day in seconds, sets as text. */
  private static java.util.Map<String, Object> settingsFields(AttentionRecord r) {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    org.copkit.api.notification.AttentionSettings s = r.settings();
    fields.put("member", r.member().value());
    fields.put("frequency", s.frequency().name());
    fields.put("zone", s.zone().getId());
    fields.put("digestAt", s.digestAt().toSecondOfDay());
    fields.put("digestDay", s.digestDay().name());
    fields.put("quietFrom", s.quietHours().map(q -> q.from().toSecondOfDay()).orElse(null));
    fields.put("quietTo", s.quietHours().map(q -> q.to().toSecondOfDay()).orElse(null));
    fields.put("unsubscribed", java.util.stream.Stream.concat(s.unsubscribed().stream().map(Enum::name).sorted(),
        s.unsubscribedTopics().stream().map(t -> "topic:" + t.name()).sorted()).collect(Collectors.joining(",")));
    fields.put("channels", s.channels().stream().map(c -> s.channelFrequencies().containsKey(c)
        ? c + ":" + s.channelFrequencies().get(c).name().charAt(0) : c).collect(Collectors.joining(",")));
    fields.put("channelTopics", s.channelUnsubscribedTopics().entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining("+")))
        .collect(Collectors.joining(",")));
    fields.put("dailyBudget", s.dailyBudget().isPresent() ? s.dailyBudget().getAsInt() : null);
    fields.put("changedAt", r.changedAt());
    fields.put("windowFrom", r.windowFrom().orElse(null));
    return fields;
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    long erased = 0;
    if (records.find(member).isPresent()) {
      records.remove(member);
      erased++;
    }
    for (DigestKey key : digests.keys().stream().filter(k -> k.member().equals(member)).toList()) {
      digests.remove(key);
      erased++;
    }
    for (TokenRow row : tokens.all().stream().filter(t -> t.token().member().equals(member)).toList()) {
      tokens.remove(row.token().token());
      erased++;
    }
    for (Slot slot : interruptions.keys().stream().filter(s -> s.member().equals(member)).toList()) {
      interruptions.remove(slot);
      erased++;
    }
    return erased;
  }
}
