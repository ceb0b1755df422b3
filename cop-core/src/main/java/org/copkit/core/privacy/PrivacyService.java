package org.copkit.core.privacy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.ErasureRecord;
import org.copkit.api.knowledge.port.Documents;
import org.copkit.api.privacy.RetentionSweep;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.RetainedData;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.ErasureChange;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link Privacy}: exports stream each capability's records through Jackson's generator in a unit
 * of work per capability; erasures run each capability in a unit of work of its own that also
 * records it as done in the ledger, so a retry after a failure resumes where it stopped.
 */
final class PrivacyService implements Privacy {

  /** The audit scope of privacy requests. */
  static final String SCOPE = Privacy.AUDIT_SCOPE;

  private static final JsonFactory JSON = new JsonFactory();

  private final CopStorage storage;
  private final CommunityGate gate;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final List<PersonalData> holders;
  private final Documents documents;

  /** Applies the change log on this node: its caches forget an erased member before erase returns. */
  private final Runnable catchUp;

  /** The retention period of each kind that has one. */
  private final java.util.Map<String, java.time.Duration> retention;

  private final ChangeLogData changeLog;
  private final List<org.copkit.core.shared.PlatformRetention> platformKinds;

  PrivacyService(CopStorage storage, CommunityGate gate, Clock clock, List<PersonalData> holders,
      ChangeLogData changeLog, Runnable catchUp, Documents documents, java.util.Map<String, java.time.Duration> retention,
      List<org.copkit.core.shared.PlatformRetention> platformKinds) {
    this.changeLog = changeLog;
    this.platformKinds = List.copyOf(platformKinds);
    this.catchUp = catchUp;
    this.documents = documents;
    this.retention = java.util.Map.copyOf(retention);
    this.storage = storage;
    this.gate = gate;
    this.unitOfWork = new UnitOfWork(storage.transactions());
    this.clock = clock;
    this.holders = List.copyOf(holders);
  }

  @Override
  public void export(MemberId actorId, MemberId member, OutputStream out) {
    Validation.required("member", member);
    Validation.required("out", out);
    write(authorize(actorId, member, "export"), member, out, (kind, fields) -> { });
  }

  @Override
  public void exportArchive(MemberId actorId, MemberId member, OutputStream out) {
    Validation.required("member", member);
    Validation.required("out", out);
    Actor actor = authorize(actorId, member, "export");
    List<UploadedDocuments.Uploaded> uploaded = new ArrayList<>();
    try {
      ZipOutputStream zip = new ZipOutputStream(new Unclosed(out), StandardCharsets.UTF_8);
      zip.putNextEntry(new ZipEntry(ARCHIVE_DOCUMENT));
      write(actor, member, zip, (kind, fields) -> UploadedDocuments.Uploaded.of(kind, fields).ifPresent(uploaded::add));
      zip.closeEntry();
      Set<String> names = new HashSet<>();
      for (UploadedDocuments.Uploaded file : uploaded) {
        Optional<Documents.Content> content = documents.get(file.document());
        if (content.isEmpty()) {
          continue; // removed by an erasure
        }
        try (Documents.Content bytes = content.get()) {
          String name = ARCHIVE_FILES + file.item() + "/" + file.revision() + "/" + entryName(file.name());
          if (names.add(name)) {
            zip.putNextEntry(new ZipEntry(name));
            bytes.stream().transferTo(zip);
            zip.closeEntry();
          }
        }
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's name as an archive entry's last part: no folders, nothing that climbs out. */
  private static String entryName(String name) {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return last.isEmpty() || last.equals(".") || last.equals("..") ? "file" : last;
  }

  /** Writes the export's JSON document, showing every record to {@code seen} on the way. */
  private void write(Actor actor, MemberId member, OutputStream out, PersonalRecords seen) {
    Instant now = now();
    unitOfWork.run(() -> {
      storage.auditTrail().append(new AuditEntry(now, Optional.of(actor.id()), !actor.id().equals(member), SCOPE,
          AuditAction.MEMBER_DATA_EXPORTED,
          Optional.of(org.copkit.core.community.CommunityGate.asAuditSubject(storage, member)), "", ""));
      return null;
    });
    try (JsonGenerator json = JSON.createGenerator(new Unclosed(out), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("$schema", EXPORT_SCHEMA);
      json.writeStringField("member", member.value());
      json.writeStringField("exportedAt", now.toString());
      json.writeObjectFieldStart("capabilities");
      for (PersonalData holder : holders) {
        json.writeObjectFieldStart(holder.capability());
        ExportWriter writer = new ExportWriter(json, holder.capability());
        unitOfWork.read(() -> {
          holder.export(member, (kind, fields) -> {
            writer.record(kind, fields);
            seen.record(kind, fields);
          });
          return null;
        });
        writer.finish();
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Erasure erase(MemberId actorId, MemberId member) {
    Validation.required("member", member);
    if (member.value().startsWith(PSEUDONYM_PREFIX)) {
      throw new InvalidInputException("member", "names a pseudonym, erased already");
    }
    Actor actor = authorize(actorId, member, "erase");
    String key = digest(member);
    ErasureRecord record = begin(key);
    if (record.completedAt().isPresent()) {
      return new Erasure(record.pseudonym(), record.startedAt(), record.completedAt().get(),
          holders.stream().map(PersonalData::capability).toList(), 0);
    }
    Set<CommunityId> removing = unitOfWork.read(() -> storage.erasurePolicies().removing());
    Pseudonymisation erasure = new Pseudonymisation(member, record.pseudonym(), removing);
    long records = 0;
    for (PersonalData holder : holders) {
      records += unitOfWork.run(() -> {
        ErasureRecord current = storage.erasureLedger().find(key).orElseThrow();
        if (current.done().contains(holder.capability())) {
          return 0L;
        }
        long changed = holder.erase(erasure);
        Set<String> done = new HashSet<>(current.done());
        done.add(holder.capability());
        storage.erasureLedger().update(new ErasureRecord(key, current.pseudonym(), current.startedAt(), done,
            Optional.empty(), current.version()));
        return changed;
      });
    }
    MemberId pseudonym = record.pseudonym();
    MemberId auditedActor = actor.id().equals(member) ? pseudonym : actor.id();
    String told = "erasure:" + key;
    // Every node is told, once, even when a retry comes after a failure that followed the telling.
    unitOfWork.run(() -> storage.changeLog().appendClaiming(ErasureChange.TOPIC, told,
        new ErasureChange(key, pseudonym).encode()));
    long tellingAt = unitOfWork.read(() -> storage.changeLog().claimed(told).orElseThrow().sequence());
    // What other nodes committed naming the member while the change log's first pass ran is below
    // the telling change, and committed: rewritten now, and the nodes told again to derive afresh.
    long late = unitOfWork.run(() -> {
      long rewritten = changeLog.rescan(erasure, tellingAt);
      if (rewritten > 0) {
        storage.changeLog().append(ErasureChange.TOPIC, new ErasureChange(key, pseudonym).encode());
      }
      return rewritten;
    });
    changeLog.rescanned(erasure);
    long changed = records + late;
    Instant completed = now();
    unitOfWork.run(() -> {
      ErasureRecord current = storage.erasureLedger().find(key).orElseThrow();
      if (current.completedAt().isEmpty()) {
        storage.erasureLedger().update(new ErasureRecord(key, current.pseudonym(), current.startedAt(), current.done(),
            Optional.of(completed), current.version()));
        storage.auditTrail().append(new AuditEntry(completed, Optional.of(auditedActor), !actor.id().equals(member),
            SCOPE, AuditAction.MEMBER_ERASED, Optional.of(pseudonym),
            holders.size() + " capabilities", ""));
      }
      return null;
    });
    try {
      catchUp.run();
    } catch (RuntimeException e) {
      // reported by the catch-up; the poller applies the erasure on this node as on the others
    }
    return new Erasure(pseudonym, record.startedAt(), completed, holders.stream().map(PersonalData::capability).toList(),
        changed);
  }

  @Override
  public org.copkit.api.shared.Page<AuditEntry> auditTrail(MemberId actorId, org.copkit.api.shared.PageRequest page) {
    Validation.required("page", page);
    administrator(actorId);
    return unitOfWork.read(() -> storage.auditTrail().list(SCOPE, page));
  }

  @Override
  public ErasurePolicy policy(MemberId actorId, CommunityId community) {
    Validation.required("community", community);
    administrator(actorId);
    return unitOfWork.read(() -> {
      storage.communities().find(community).orElseThrow(() -> new NotFoundException("community", community.toString()));
      return storage.erasurePolicies().of(community).orElse(ErasurePolicy.KEEP_ANONYMISED);
    });
  }

  @Override
  public void setPolicy(MemberId actorId, CommunityId community, ErasurePolicy policy) {
    Validation.required("community", community);
    Validation.required("policy", policy);
    Actor actor = administrator(actorId);
    unitOfWork.run(() -> {
      storage.communities().find(community).orElseThrow(() -> UnitOfWork.abort(
          new NotFoundException("community", community.toString())));
      storage.erasurePolicies().set(community, policy);
      storage.auditTrail().append(new AuditEntry(now(), Optional.of(actor.id()), true, community.toString(),
          AuditAction.ERASURE_POLICY_SET, Optional.empty(), policy.name(), ""));
      return null;
    });
  }

  @Override
  public RetentionSweep sweep(Instant now) {
    Validation.required("now", now);
    java.util.Map<String, Long> removed = new java.util.LinkedHashMap<>();
    for (RetainedData kind : storage.retainedData()) {
      java.time.Duration period = retention.get(kind.kind());
      if (period == null) {
        continue;
      }
      Instant before = now.minus(period);
      long total = 0;
      while (true) {
        long deleted = unitOfWork.run(() -> kind.sweep(before, SWEEP_BATCH));
        total += deleted;
        if (deleted < SWEEP_BATCH) {
          break;
        }
      }
      removed.put(kind.kind(), total);
    }
    for (org.copkit.core.shared.PlatformRetention kind : platformKinds) {
      java.time.Duration period = retention.get(kind.kind());
      if (period != null) {
        removed.put(kind.kind(), kind.sweep(now.minus(period), now));
      }
    }
    String detail = removed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining(" "));
    unitOfWork.run(() -> {
      storage.auditTrail().append(new AuditEntry(now(), Optional.empty(), false, SCOPE, AuditAction.RETENTION_SWEPT,
          Optional.empty(), detail.length() > 500 ? detail.substring(0, 500) : detail, ""));
      return null;
    });
    return new RetentionSweep(now, removed);
  }

  /** The platform's time, to the microsecond: what every storage keeps exactly. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** The ledger's line, created with a new pseudonym on the first request. */
  private ErasureRecord begin(String key) {
    for (int attempt = 0; ; attempt++) {
      try {
        return unitOfWork.run(() -> storage.erasureLedger().find(key).orElseGet(() -> {
          ErasureRecord fresh = new ErasureRecord(key, MemberId.of(PSEUDONYM_PREFIX + UUID.randomUUID()),
              now(), Set.of(), Optional.empty(), 0);
          storage.erasureLedger().add(fresh);
          return fresh;
        }));
      } catch (ConflictException e) {
        if (e.kind() != ConflictException.Kind.DUPLICATE || attempt > 0) {
          throw e;
        }
        // another request created the line first: read it
      }
    }
  }

  private Actor authorize(MemberId actorId, MemberId member, String what) {
    Actor actor = gate.actor(actorId);
    if (!actor.id().equals(member) && !actor.isAdministrator()) {
      throw new AccessDeniedException(actorId, what + " another member's data: only they and administrators may");
    }
    return actor;
  }

  private Actor administrator(MemberId actorId) {
    Actor actor = gate.actor(actorId);
    if (!actor.isAdministrator()) {
      throw new AccessDeniedException(actorId, "set erasure policies: only administrators may");
    }
    return actor;
  }

  /**
   * @param member a member
   * @return the SHA-256 digest of their ID, the key of their line in the ledger
   */
  static String digest(MemberId member) {
    return ErasureChange.digest(member);
  }

  /** Lets the generator close its output without closing the caller's stream. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
