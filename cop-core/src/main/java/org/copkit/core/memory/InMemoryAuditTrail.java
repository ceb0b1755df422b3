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
}
