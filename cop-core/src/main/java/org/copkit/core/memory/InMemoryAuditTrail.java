package org.copkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.AuditTrail;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryAuditTrail implements AuditTrail {

  private final InMemoryTransactions transactions;
  private final Map<String, List<AuditEntry>> entries = new ConcurrentHashMap<>();

  InMemoryAuditTrail(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(AuditEntry entry) {
    List<AuditEntry> scope = entries.computeIfAbsent(entry.scope(), s -> new ArrayList<>());
    synchronized (scope) {
      scope.add(entry);
    }
    transactions.onRollback(
        () -> {
          synchronized (scope) {
            scope.remove(scope.lastIndexOf(entry));
          }
        });
  }

  @Override
  public Page<AuditEntry> list(String scope, PageRequest page) {
    List<AuditEntry> all = entries.getOrDefault(scope, List.of());
    synchronized (all) {
      // Stable sort: entries with the same time stay in the order they were appended.
      return Page.of(all.stream().sorted(Comparator.comparing(AuditEntry::at)).toList(), page);
    }
  }

  /**
   * Deletes at most {@code max} entries older than {@code before}, oldest first, for retention;
   * they come back if the unit of work rolls back.
   */
  long sweep(java.time.Instant before, int max) {
    List<AuditEntry> old = new ArrayList<>();
    for (List<AuditEntry> scope : entries.values()) {
      synchronized (scope) {
        scope.stream().filter(e -> e.at().isBefore(before)).forEach(old::add);
      }
    }
    old.sort(Comparator.comparing(AuditEntry::at));
    List<AuditEntry> removed = List.copyOf(old.subList(0, Math.min(max, old.size())));
    for (AuditEntry entry : removed) {
      List<AuditEntry> scope = entries.get(entry.scope());
      synchronized (scope) {
        scope.remove(entry);
      }
    }
    transactions.onRollback(() -> removed.forEach(entry -> {
      List<AuditEntry> scope = entries.computeIfAbsent(entry.scope(), s -> new ArrayList<>());
      synchronized (scope) {
        scope.add(entry);
      }
    }));
    return removed.size();
  }

  /**
   * @return the entries whose actor or subject is the member, or whose detail or reason names them as
   *     a word (as an erasure replaces it), oldest first, for privacy
   */
  List<AuditEntry> naming(org.copkit.api.shared.MemberId member) {
    List<AuditEntry> found = new ArrayList<>();
    for (List<AuditEntry> scope : entries.values()) {
      synchronized (scope) {
        scope.stream().filter(e -> MemberRecords.names(e, member)
            || org.copkit.api.privacy.port.Pseudonymisation.namedIn(member, e.detail())
            || org.copkit.api.privacy.port.Pseudonymisation.namedIn(member, e.reason())).forEach(found::add);
      }
    }
    found.sort(Comparator.comparing(AuditEntry::at));
    return found;
  }

  /** Replaces a member by a pseudonym in every entry, for privacy; returns how many changed. */
  long reassign(org.copkit.api.shared.MemberId member, org.copkit.api.shared.MemberId pseudonym) {
    return reassign(member, pseudonym, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #reassign(org.copkit.api.shared.MemberId, org.copkit.api.shared.MemberId)}, rewriting the detail and the reason too. */
  long reassign(org.copkit.api.shared.MemberId member, org.copkit.api.shared.MemberId pseudonym,
      java.util.function.UnaryOperator<String> text) {
    long changed = 0;
    for (List<AuditEntry> scope : entries.values()) {
      synchronized (scope) {
        for (int i = 0; i < scope.size(); i++) {
          AuditEntry entry = scope.get(i);
          AuditEntry replaced = MemberRecords.replaced(entry, member, pseudonym);
          replaced = new AuditEntry(replaced.at(), replaced.actor(), replaced.asAdministrator(), replaced.scope(),
              replaced.action(), replaced.subject(), text.apply(replaced.detail()), text.apply(replaced.reason()));
          if (!replaced.equals(entry)) {
            int at = i;
            scope.set(i, replaced);
            transactions.onRollback(() -> {
              synchronized (scope) {
                scope.set(at, entry);
              }
            });
            changed++;
          }
        }
      }
    }
    return changed;
  }
}
