package org.copkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.PageRequest;
import org.copkit.core.CopPlatform;
import org.copkit.tck.privacy.CapabilityPrivacyContract;
import org.copkit.tck.privacy.ErasureAcrossNodesContract;
import org.copkit.tck.privacy.PrivacyContract;
import org.copkit.tck.privacy.RetentionContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A member's export and erasure through the platform on the JPA storage of one database, and a
 * scan of every text column of every CoPKit table (the change log's bodies decoded) after an
 * erasure; and an erasure reaching the nodes that share the database. A subclass per database names
 * its {@link MigratedStorage}.
 */
abstract class PlatformPrivacySuite {

  /** @return the storage on this class's database */
  abstract MigratedStorage database();

  @Nested
  class Privacy extends PrivacyContract {

    private UseCases useCases;

    @Override
    protected UseCases platform(Directory directory, PersonalData addOn) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).personalData(addOn).build();
      useCases = new UseCases(platform.lifecycle(), platform.joining(), platform.communityQueries(),
          platform.discussions(), platform.discussionQueries(), platform.moderation(), platform.privacy(),
        platform.competenceAssessment(), platform.portfolios());
      return useCases;
    }

    @Test
    void afterErasureNoTextColumnOfAnyTableNamesTheMember() throws SQLException {
      assertThat(columnsNaming("laia")).as("before").contains("cop_post.author", "cop_outbox.payload",
          "cop_membership.member_id", "cop_audit_entry.subject");
      assertThat(columnsNaming("Laia Pons")).as("names come from the host's directory at each read: never stored")
          .isEmpty();

      Erasure erasure = useCases.privacy().erase(MemberId.of("laia"), MemberId.of("laia"));

      assertThat(columnsNaming("laia")).isEmpty();
      assertThat(columnsNaming("Laia Pons")).isEmpty();
      assertThat(changesNaming("laia")).isEmpty();
      assertThat(changesNaming("Laia Pons")).isEmpty();
      assertThat(columnsNaming(erasure.pseudonym().value())).contains("cop_post.author", "cop_outbox.payload",
          "cop_reaction.member_id", "cop_flag.flagger", "cop_audit_entry.actor");
    }

    @Test
    void theExportHoldsEveryRowAScanOfEveryTableAttributesToTheMember() throws SQLException {
      assertExportHoldsEveryRowNaming(exportOf(useCases.privacy(), "laia"), "laia");
    }
  }

  /**
   * @return the search index the nodes of {@link Across} share, or empty for each node's own in
   *     memory
   */
  Optional<SearchIndex> sharedSearchIndex() {
    return Optional.empty();
  }

  @Nested
  class Across extends ErasureAcrossNodesContract {

    private final List<CopPlatform> nodes = new ArrayList<>();

    @Override
    protected Node node(Directory directory) {
      CopPlatform.Builder builder = CopPlatform.builder()
          .storage(nodes.isEmpty() ? database().emptyStorage() : database().newNode())
          .directory(directory).discoverModerationRules(false);
      sharedSearchIndex().ifPresent(builder::searchIndex);
      CopPlatform platform = builder.build();
      nodes.add(platform);
      return new Node(platform.lifecycle(), platform.joining(), platform.discussions(), platform.moderation(),
          platform.feed(), platform.search(), platform.expertFinding(), platform.privacy(), platform::catchUp);
    }

    @AfterEach
    void close() throws SQLException {
      nodes.forEach(CopPlatform::close);
      assertThat(columnsNaming("laia")).as("columns naming her after the nodes caught up").isEmpty();
      assertThat(changesNaming("laia")).as("changes of the log naming her").isEmpty();
    }
  }

  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId NURIA = MemberId.of("nuria");
  /** Laia, who is erased, and Núria, an administrator who erases her. */
  private static final Directory LAIA_AND_NURIA = id -> Optional.ofNullable(java.util.Map.of(
      LAIA, org.copkit.api.shared.Person.active(LAIA, "Laia Pons", "Víctimes"),
      NURIA, new org.copkit.api.shared.Person(NURIA, "Núria Ferrer", "CEJFE", true, true)).get(id));

  /**
   * The race an erasure must win: a node still serving the member commits a change naming her after
   * the erasure's first pass read the log and before the change that tells the nodes draws its
   * sequence. The storage of the erasing node lets the other node commit exactly then.
   */
  @Nested
  class ChangesCommittedDuringAnErasure {

    private final MemberId laia = LAIA;
    private final MemberId nuria = NURIA;
    private final Directory directory = LAIA_AND_NURIA;

    @Test
    void aChangeAnotherNodeCommitsNamingTheMemberMeanwhileIsRewrittenToo() throws Exception {
      JpaStorage storage = database().emptyStorage();
      CopPlatform other = CopPlatform.builder().storage(database().newNode()).directory(directory)
          .discoverModerationRules(false).build();
      java.util.concurrent.atomic.AtomicInteger interleaved = new java.util.concurrent.atomic.AtomicInteger();
      ThrowingBefore otherNodeCommits = (method, args) -> {
        if (method.getName().equals("appendClaiming") && "privacy".equals(args[0])
            && interleaved.getAndIncrement() == 0) {
          // the other node, still serving her, commits a change naming her: before the telling draws its sequence
          java.util.concurrent.CompletableFuture.runAsync(() -> other.expertFinding().hideFromSuggestions(laia))
              .get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
      };
      org.copkit.api.storage.CopStorage erasing = proxy(org.copkit.api.storage.CopStorage.class, storage,
          (method, result) -> !method.getName().equals("changeLog") ? result
              : proxy(org.copkit.api.storage.ChangeLog.class, (org.copkit.api.storage.ChangeLog) result, null,
                  otherNodeCommits),
          null);
      CopPlatform node = CopPlatform.builder().storage(erasing).directory(directory).discoverModerationRules(false).build();
      try {
        Erasure erasure = node.privacy().erase(nuria, laia);

        assertThat(interleaved).as("the other node committed during the erasure").hasValue(1);
        assertThat(changesNaming("laia")).as("changes of the log naming her").isEmpty();
        assertThat(erasure.records()).as("the late change counted among those rewritten").isPositive();
        other.catchUp();
        assertThat(node.privacy().erase(nuria, laia).pseudonym()).as("asked again").isEqualTo(erasure.pseudonym());
        assertThat(interleaved).as("told once").hasValue(1);
      } finally {
        node.close();
        other.close();
      }
    }
  }

  @Nested
  class AnErasureThatFailsAfterTellingTheNodes {

    @Test
    void tellsThemOnceWhenAskedAgain() throws Exception {
      MemberId laia = LAIA;
      MemberId nuria = NURIA;
      Directory directory = LAIA_AND_NURIA;
      JpaStorage storage = database().emptyStorage();
      java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
      ThrowingBefore crashOnce = (method, args) -> {
        if (method.getName().equals("append") && failed.compareAndSet(false, true)) {
          throw new IllegalStateException("the node went down before the erasure was audited");
        }
      };
      org.copkit.api.storage.CopStorage failing = proxy(org.copkit.api.storage.CopStorage.class, storage,
          (method, result) -> !method.getName().equals("auditTrail") ? result
              : proxy(org.copkit.api.shared.AuditTrail.class, (org.copkit.api.shared.AuditTrail) result, null,
                  crashOnce),
          null);
      CopPlatform node = CopPlatform.builder().storage(failing).directory(directory).discoverModerationRules(false).build();
      try {
        node.expertFinding().hideFromSuggestions(laia);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> node.privacy().erase(nuria, laia))
            .hasMessageContaining("went down");
        assertThat(tellings()).as("the nodes were told before the failure").isEqualTo(1);

        Erasure erasure = node.privacy().erase(nuria, laia);

        assertThat(tellings()).as("told once").isEqualTo(1);
        assertThat(changesNaming("laia")).isEmpty();
        assertThat(node.privacy().erase(nuria, laia).pseudonym()).isEqualTo(erasure.pseudonym());
      } finally {
        node.close();
      }
    }

    private long tellings() throws SQLException {
      try (Connection connection = database().dataSource().getConnection();
          PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM cop_change WHERE topic = 'privacy'");
          ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * @return a proxy of the interface that hands every call to the target: {@code before} sees the
   *     arguments first (may be null), {@code after} may replace the result (null: the result as is)
   */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target,
      java.util.function.BiFunction<java.lang.reflect.Method, Object, Object> after,
      ThrowingBefore before) {
    return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          if (before != null) {
            before.accept(method, args);
          }
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
          return after == null ? result : after.apply(method, result);
        });
  }

  /** What a proxy does before a call. */
  @FunctionalInterface
  private interface ThrowingBefore {
    void accept(java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  @Nested
  class Retention extends RetentionContract {

    @Override
    protected UseCases platform(Directory directory) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).retention("audit-entry", java.time.Duration.ofDays(DAYS))
          .retention("outbox-published", java.time.Duration.ofDays(30)).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.discussions(),
          platform.discussionQueries(), platform.moderation(), platform.privacy());
    }

    @Override
    protected List<AuditEntry> audit(String scope) {
      return database().storage().transactions().inTransaction(() ->
          database().storage().auditTrail().list(scope, PageRequest.first(200)).items());
    }

    @Test
    void deletesOnlyOutboxMessagesARelayPublishedLongEnoughAgo() throws SQLException {
      JpaOutbox outbox = (JpaOutbox) database().storage().eventPublisher();
      int waiting = outbox.fetchUnpublished(JpaOutbox.MAX_BATCH).size();
      assertThat(waiting).isPositive();
      java.time.Instant now = java.time.Instant.now();
      int published = outbox.relay(2, now.minus(java.time.Duration.ofDays(40)), message -> { });

      CopPlatform outboxOnly = CopPlatform.builder().storage(database().storage()).directory(id -> Optional.empty())
          .discoverModerationRules(false)
          .retention("outbox-published", java.time.Duration.ofDays(30)).build();
      org.copkit.api.privacy.RetentionSweep sweep = outboxOnly.privacy().sweep(now);
      outboxOnly.close();

      assertThat(sweep.removed()).containsExactly(java.util.Map.entry("outbox-published", (long) published));
      assertThat(outbox.fetchUnpublished(JpaOutbox.MAX_BATCH)).hasSize(waiting - published);
    }
  }

  /**
   * The sequences of the change log's changes whose key names the text, or whose body does once
   * decoded from Base64 (as the feed, expertise and attention write them).
   */
  private List<Long> changesNaming(String text) throws SQLException {
    List<Long> found = new ArrayList<>();
    byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (Connection connection = database().dataSource().getConnection();
        PreparedStatement read = connection.prepareStatement("SELECT seq, change_key, body FROM cop_change");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        String key = rows.getString(2);
        String body = rows.getString(3);
        byte[] decoded;
        try {
          decoded = java.util.Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
          decoded = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if ((key != null && key.contains(text)) || body.contains(text) || contains(decoded, needle)) {
          found.add(rows.getLong(1));
        }
      }
    }
    return found;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Nested
  class Capabilities extends CapabilityPrivacyContract {

    @Override
    protected UseCases platform(Directory directory) {
      CopPlatform platform = CopPlatform.builder().storage(database().emptyStorage()).directory(directory)
          .discoverModerationRules(false).build();
      return new UseCases(platform.lifecycle(), platform.joining(), platform.knowledgeBase(),
          platform.knowledgeFeedback(), platform.library(), platform.production(), platform.learning(),
          platform.lmsCompletions(), platform.learningCalendar(), platform.competenceAssessment(),
          platform.portfolios(), platform.privacy());
    }

    @Test
    void afterErasureNoTextColumnOfAnyTableNamesTheMember() throws SQLException {
      List<String> held = List.of("cop_knowledge_item.created_by", "cop_knowledge_item.owner_id",
          "cop_knowledge_revision.author", "cop_item_rating.member_id", "cop_item_helpful.member_id",
          "cop_item_comment.author", "cop_item_file.attached_by", "cop_output_cycle.started_by",
          "cop_output_member.member_id", "cop_output_member.member_key", "cop_output_review.reviewer",
          "cop_completion.member_id", "cop_completion.completion_key", "cop_registration.member_id",
          "cop_registration.registration_key", "cop_competence_claim.member_id", "cop_competence_claim_entry.actor");
      assertThat(columnsNaming("laia")).as("before").contains(held.toArray(String[]::new))
          .contains("cop_portfolio_entry.member_id", "cop_portfolio_page.owner_id");

      Erasure erasure = useCases().privacy().erase(MemberId.of("laia"), MemberId.of("laia"));

      assertThat(columnsNaming("laia")).isEmpty();
      assertThat(columnsNaming(erasure.pseudonym().value())).contains(held.toArray(String[]::new))
          .doesNotContain("cop_portfolio_entry.member_id", "cop_portfolio_page.owner_id");
    }

    @Test
    void theExportHoldsEveryRowAScanOfEveryTableAttributesToTheMember() throws SQLException {
      assertExportHoldsEveryRowNaming(exportOf(useCases().privacy(), "laia"), "laia");
    }
  }

  /**
   * Tables whose rows an export does not list, each for a reason: what the platform derives from
   * the rows the export holds, or hands over to the host, rather than what it keeps about the member.
   */
  private static final java.util.Map<String, String> DERIVED = java.util.Map.of(
      "cop_change", "the change log: how every node learns of the changes whose rows the export holds",
      "cop_change_key", "claims of the change log: derived from its entries",
      "cop_outbox", "messages handed to the host's broker: copies of events whose rows the export holds",
      "cop_search_document", "a search index: a cache of the posts and items the export holds",
      "cop_contribution_summary", "the participation report's summary of the posts the export holds");

  private static String exportOf(org.copkit.api.privacy.Privacy privacy, String member) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    privacy.export(MemberId.of(member), MemberId.of(member), out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Scans every text column of every CoPKit table for the member's ID and requires, for each row
   * found (but in {@link #DERIVED} tables), that the export holds the values of its primary key's
   * text columns other than the member's ID: the export names every row the member is in.
   */
  private void assertExportHoldsEveryRowNaming(String export, String member) throws SQLException {
    java.util.Map<String, List<List<String>>> rows = rowsNaming(member);
    assertThat(rows.keySet()).as("tables naming the member").hasSizeGreaterThan(5);
    List<String> missing = new ArrayList<>();
    for (java.util.Map.Entry<String, List<List<String>>> table : rows.entrySet()) {
      if (DERIVED.containsKey(table.getKey())) {
        continue;
      }
      for (List<String> key : table.getValue()) {
        List<String> values = key.stream().filter(v -> v != null && !v.startsWith("("))
            .flatMap(v -> java.util.Arrays.stream(v.split(" "))) // a key of several IDs in one column
            .filter(v -> !v.isEmpty() && !v.contains(member)).toList();
        if (values.isEmpty() ? !export.contains("\"" + member + "\"") : !values.stream().allMatch(export::contains)) {
          missing.add(table.getKey() + " " + key);
        }
      }
    }
    assertThat(missing).as("rows naming %s that the export does not hold", member).isEmpty();
  }

  /** @return per CoPKit table, the text values of the primary key of each row with a text column holding the text */
  private java.util.Map<String, List<List<String>>> rowsNaming(String text) throws SQLException {
    java.util.Map<String, List<List<String>>> found = new java.util.TreeMap<>();
    try (Connection connection = database().dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      java.util.Map<String, List<String>> textColumns = new java.util.TreeMap<>();
      Set<Integer> textTypes = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
          Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
      try (ResultSet columns = metadata.getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
        while (columns.next()) {
          String table = columns.getString("TABLE_NAME");
          if (table.toLowerCase(Locale.ROOT).startsWith("cop_") && textTypes.contains(columns.getInt("DATA_TYPE"))) {
            textColumns.computeIfAbsent(table, t -> new ArrayList<>()).add(columns.getString("COLUMN_NAME"));
          }
        }
      }
      String quote = metadata.getIdentifierQuoteString();
      for (java.util.Map.Entry<String, List<String>> table : textColumns.entrySet()) {
        List<String> key = new ArrayList<>();
        try (ResultSet keys = metadata.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table.getKey())) {
          while (keys.next()) {
            if (table.getValue().contains(keys.getString("COLUMN_NAME"))) {
              key.add(keys.getString("COLUMN_NAME"));
            }
          }
        }
        if (key.isEmpty()) {
          key.addAll(table.getValue()); // no text key: the row's text is what names it
        }
        List<String> selected = new ArrayList<>(key);
        table.getValue().stream().filter(c -> !key.contains(c)).forEach(selected::add);
        String select = "SELECT " + String.join(", ", selected.stream().map(c -> quote + c + quote).toList()) + " FROM "
            + quote + table.getKey() + quote + " WHERE " + String.join(" OR ",
                table.getValue().stream().map(c -> quote + c + quote + " LIKE ?").toList());
        try (PreparedStatement query = connection.prepareStatement(select)) {
          for (int i = 1; i <= table.getValue().size(); i++) {
            query.setString(i, "%" + text + "%");
          }
          try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
              List<String> values = new ArrayList<>();
              for (int i = 1; i <= key.size(); i++) {
                values.add(result.getString(i));
              }
              for (int i = key.size() + 1; i <= selected.size(); i++) {
                String value = result.getString(i);
                if (value != null && value.contains(text)) {
                  values.add("(" + selected.get(i - 1) + ": " + value + ")");
                }
              }
              found.computeIfAbsent(table.getKey().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(values);
            }
          }
        }
      }
    }
    return found;
  }

  /** The {@code table.column}s, among every text column of every CoPKit table, that hold the text. */
  private List<String> columnsNaming(String text) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = database().dataSource().getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
        while (rows.next()) {
          String table = rows.getString("TABLE_NAME");
          int type = rows.getInt("DATA_TYPE");
          if (table.toLowerCase(Locale.ROOT).startsWith("cop_")
              && Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                  Types.LONGNVARCHAR, Types.NCLOB).contains(type)) {
            columns.add(new String[] {table, rows.getString("COLUMN_NAME")});
          }
        }
      }
      assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
      String quote = metadata.getIdentifierQuoteString();
      for (String[] column : columns) {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + quote + column[0] + quote
            + " WHERE " + quote + column[1] + quote + " LIKE ?")) {
          count.setString(1, "%" + text + "%");
          try (ResultSet result = count.executeQuery()) {
            result.next();
            if (result.getLong(1) > 0) {
              found.add((column[0] + "." + column[1]).toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return found;
  }
}
