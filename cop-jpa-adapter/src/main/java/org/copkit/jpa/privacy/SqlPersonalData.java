package org.copkit.jpa.privacy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * A capability's {@link PersonalData} on JPA, described by its tables: each {@link Held} names the
 * columns that hold a member, the columns exported (under the field names of the domain records),
 * and whether erasure replaces the member or deletes the row. Exports page through each table
 * ({@value #PAGE} rows a query); erasures are a few bulk statements, preceded by the capability's
 * own {@link Step}s (removing text, neutralising mentions, rewriting keys).
 */
final class SqlPersonalData implements PersonalData {

  /** Rows read by one query of an export. */
  static final int PAGE = 500;

  /** What erasure does to a table's rows that hold the member. */
  enum Erase {
    /** The member's columns get the pseudonym. */
    PSEUDONYMISE,
    /** The member's columns get the pseudonym and the row's version moves on. */
    PSEUDONYMISE_VERSIONED,
    /** The rows go. */
    DELETE,
    /** Exported only: another {@link Held} or a {@link Step} erases what the rows hold. */
    EXPORT_ONLY
  }

  /**
   * One table.
   *
   * @param kind the records' kind in the export
   * @param table the table (for {@link Erase#EXPORT_ONLY}, possibly a derived table: {@code (SELECT
   *     ...) alias})
   * @param exported {@code column:field} pairs, in order; none when the table is only erased (its
   *     rows are exported through another {@link Held})
   * @param members the columns that may hold the member
   * @param order a unique order of the rows, for paging
   * @param erase what erasure does
   */
  record Held(String kind, String table, List<String> exported, List<String> members, String order, Erase erase) {}

  /** An erasure statement of the capability's own, run before the tables are pseudonymised. */
  @FunctionalInterface
  interface Step {
    long run(EntityManager entityManager, Pseudonymisation erasure);
  }

  private final String capability;
  private final JpaTransactions transactions;
  private final List<Held> tables;
  private final List<Step> steps;

  SqlPersonalData(String capability, JpaTransactions transactions, List<Held> tables, List<Step> steps) {
    this.capability = capability;
    this.transactions = transactions;
    this.tables = List.copyOf(tables);
    this.steps = List.copyOf(steps);
  }

  @Override
  public String capability() {
    return capability;
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    EntityManager entityManager = transactions.entityManager();
    for (Held held : tables) {
      if (held.exported().isEmpty()) {
        continue;
      }
      String[] fields = held.exported().stream().map(pair -> pair.substring(pair.indexOf(':') + 1)).toArray(String[]::new);
      String columns = String.join(", ", held.exported().stream().map(pair -> pair.substring(0, pair.indexOf(':'))).toList());
      String sql = "SELECT " + columns + " FROM " + held.table() + " WHERE " + naming(held) + " ORDER BY " + held.order();
      for (int offset = 0; ; offset += PAGE) {
        List<?> rows = entityManager.createNativeQuery(sql).setParameter("m", member.value())
            .setFirstResult(offset).setMaxResults(PAGE).getResultList();
        for (Object row : rows) {
          Object[] values = row instanceof Object[] array ? array : new Object[] {row};
          Map<String, Object> record = new LinkedHashMap<>();
          for (int i = 0; i < fields.length; i++) {
            record.put(fields[i], normalised(values[i]));
          }
          out.record(held.kind(), record);
        }
        if (rows.size() < PAGE) {
          break;
        }
      }
    }
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    EntityManager entityManager = transactions.entityManager();
    entityManager.flush();
    long changed = 0;
    for (Step step : steps) {
      changed += step.run(entityManager, erasure);
    }
    for (Held held : tables) {
      if (held.erase() == Erase.EXPORT_ONLY) {
        continue;
      }
      if (held.erase() == Erase.DELETE) {
        changed += entityManager.createNativeQuery("DELETE FROM " + held.table() + " WHERE " + naming(held))
            .setParameter("m", erasure.member().value()).executeUpdate();
        continue;
      }
      for (String column : held.members()) {
        String version = held.erase() == Erase.PSEUDONYMISE_VERSIONED ? ", version = version + 1" : "";
        changed += entityManager.createNativeQuery(
                "UPDATE " + held.table() + " SET " + column + " = :p" + version + " WHERE " + column + " = :m")
            .setParameter("p", erasure.pseudonym().value()).setParameter("m", erasure.member().value()).executeUpdate();
      }
    }
    entityManager.clear();
    return changed;
  }

  private static String naming(Held held) {
    return String.join(" OR ", held.members().stream().map(column -> column + " = :m").toList());
  }

  /** @return a column's value as the export writes it: instants for times, longs or doubles for numbers, text for text */
  static Object normalised(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof BigDecimal number) {
      return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
    }
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, Math.toIntExact(clob.length()));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    return value;
  }
}
