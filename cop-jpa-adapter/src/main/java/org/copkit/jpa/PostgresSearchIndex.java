package org.copkit.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.copkit.api.community.Audience;
import org.copkit.api.search.FacetCount;
import org.copkit.api.search.SearchFacet;
import org.copkit.api.search.SearchKind;
import org.copkit.api.search.SearchLanguage;
import org.copkit.api.search.port.Excerpt;
import org.copkit.api.search.port.IndexHit;
import org.copkit.api.search.port.IndexQuery;
import org.copkit.api.search.port.IndexResult;
import org.copkit.api.search.port.SearchAccess;
import org.copkit.api.search.port.SearchDocument;
import org.copkit.api.search.port.SearchIndex;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A {@link SearchIndex} in PostgreSQL's full-text search, for hosts that want no index files: the
 * table {@code cop_search_document} (migration V19) holds a row per thread, reply and knowledge item
 * with its words as a {@code tsvector} (title weighted A, text B, parsed and stemmed with the
 * community language's configuration, {@code catalan}, {@code spanish} or {@code english}, after
 * folding case, accents and the Catalan middle dot) under a GIN index. A query's words must all
 * occur ({@code plainto_tsquery}, in the document's language); the reader's access is part of the
 * {@code WHERE} clause, and the page, the total and the facets are computed in one statement from
 * the same matches; ranking by {@code ts_rank}; excerpts by {@code ts_headline}.
 *
 * <p>The table is shared by every node of a deployment (the checkpoint too): the index is built
 * once, and each node applies the same changes again (idempotent upserts). It runs on PostgreSQL
 * only; H2 and MariaDB have the tables, unused. Thread-safe; each call takes a connection of the
 * data source.
 *
 * <pre>{@code
 * CopPlatform platform = CopPlatform.builder().storage(JpaStorage.create(factory)).directory(directory)
 *     .searchIndex(PostgresSearchIndex.on(dataSource)).build();
 * }</pre>
 */
public final class PostgresSearchIndex implements SearchIndex {

  /** What {@code diffused_to} holds for a document diffused to the platform. */
  private static final String PLATFORM = "platform";

  private static final char START = '\u0001';
  private static final char STOP = '\u0002';
  private static final String FOLD = "cop_search_fold(?)";

  private final DataSource dataSource;

  private PostgresSearchIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param dataSource a data source of a PostgreSQL database migrated by {@link CopSchema#migrate}
   * @return the index on its table
   * @throws InvalidInputException naming {@code dataSource} when it is not PostgreSQL or cannot be
   *     reached
   */
  public static PostgresSearchIndex on(DataSource dataSource) {
    Validation.required("dataSource", dataSource);
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!"PostgreSQL".equalsIgnoreCase(product)) {
        throw new InvalidInputException("dataSource", "must be PostgreSQL, was " + product);
      }
    } catch (SQLException e) {
      throw new InvalidInputException("dataSource", "cannot be reached: " + e.getMessage());
    }
    return new PostgresSearchIndex(dataSource);
  }

  private static String config(SearchLanguage language) {
    return switch (language) {
      case CATALAN -> "catalan";
      case SPANISH -> "spanish";
      case ENGLISH -> "english";
    };
  }

  @Override
  public void put(Collection<SearchDocument> documents) {
    Validation.noNulls("documents", documents);
    if (documents.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO cop_search_document (doc_key, kind, doc_id, community_id, audience, diffused_to, published,"
        + " author, language, tags, created_at, body, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " setweight(to_tsvector(?::regconfig, " + FOLD + "), 'A') || setweight(to_tsvector(?::regconfig, " + FOLD
        + "), 'B'))"
        + " ON CONFLICT (doc_key) DO UPDATE SET kind = EXCLUDED.kind, doc_id = EXCLUDED.doc_id,"
        + " community_id = EXCLUDED.community_id, audience = EXCLUDED.audience, diffused_to = EXCLUDED.diffused_to,"
        + " published = EXCLUDED.published,"
        + " author = EXCLUDED.author, language = EXCLUDED.language, tags = EXCLUDED.tags,"
        + " created_at = EXCLUDED.created_at, body = EXCLUDED.body, words = EXCLUDED.words";
    inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (SearchDocument d : documents) {
          insert.setString(1, d.key());
          insert.setString(2, d.kind().name());
          insert.setString(3, d.id());
          insert.setString(4, d.community().toString());
          insert.setString(5, d.audience().name());
          insert.setString(6, diffusedTo(d));
          insert.setBoolean(7, d.published());
          insert.setString(8, d.author().value());
          insert.setString(9, d.language().name());
          insert.setString(10, String.join(" ", new TreeSet<>(d.tags())));
          insert.setTimestamp(11, Timestamp.from(d.createdAt()));
          insert.setString(12, d.text());
          insert.setString(13, config(d.language()));
          insert.setString(14, d.title());
          insert.setString(15, config(d.language()));
          insert.setString(16, d.text());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /** @return where a published document was diffused: community IDs, and {@value #PLATFORM} for the platform, by spaces */
  private static String diffusedTo(SearchDocument d) {
    if (!d.published()) {
      return "";
    }
    TreeSet<String> to = new TreeSet<>();
    d.diffusedTo().forEach(community -> to.add(community.toString()));
    if (d.diffusedToPlatform()) {
      to.add(PLATFORM);
    }
    return String.join(" ", to);
  }

  @Override
  public void remove(Collection<String> keys) {
    Validation.noNulls("keys", keys);
    if (keys.isEmpty()) {
      return;
    }
    inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cop_search_document WHERE doc_key = ANY (?)")) {
        delete.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
        delete.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void clear() {
    inTransaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("DELETE FROM cop_search_document");
        statement.executeUpdate("DELETE FROM cop_search_checkpoint");
      }
      return null;
    });
  }

  @Override
  public void commit(long checkpoint) {
    Validation.notNegative("checkpoint", checkpoint);
    inTransaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO cop_search_checkpoint (id, sequence)"
          + " VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET sequence = GREATEST(cop_search_checkpoint.sequence, EXCLUDED.sequence)")) {
        upsert.setLong(1, checkpoint);
        upsert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public long checkpoint() {
    return inTransaction(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT sequence FROM cop_search_checkpoint WHERE id = 1")) {
        return row.next() ? row.getLong(1) : 0L;
      }
    });
  }

  @Override
  public IndexResult query(IndexQuery query) {
    Validation.required("query", query);
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder("TRUE");
    boolean words = !query.text().isBlank();
    String score = "0::real";
    if (words) {
      StringBuilder match = new StringBuilder();
      StringBuilder rank = new StringBuilder("CASE language");
      for (SearchLanguage language : SearchLanguage.values()) {
        match.append(match.length() == 0 ? "" : " OR ").append("(language = '").append(language.name())
            .append("' AND words @@ plainto_tsquery('").append(config(language)).append("', cop_search_fold(?)))");
        parameters.add(query.text());
        rank.append(" WHEN '").append(language.name()).append("' THEN ts_rank(words, plainto_tsquery('")
            .append(config(language)).append("', cop_search_fold(?)))");
      }
      where.append(" AND (").append(match).append(')');
      score = rank.append(" END").toString();
    }
    access(query.access(), where, parameters);
    filters(query, where, parameters);
    List<Object> scoreParameters = new ArrayList<>();
    if (words) {
      for (int i = 0; i < SearchLanguage.values().length; i++) {
        scoreParameters.add(query.text());
      }
    }
    String headline = "body";
    List<Object> headlineParameters = new ArrayList<>();
    if (words) {
      StringBuilder lines = new StringBuilder("CASE language");
      for (SearchLanguage language : SearchLanguage.values()) {
        lines.append(" WHEN '").append(language.name()).append("' THEN ts_headline('").append(config(language))
            .append("', body, plainto_tsquery('").append(config(language)).append("', cop_search_fold(?)),"
                + " 'StartSel=\u0001, StopSel=\u0002, MaxWords=35, MinWords=15, HighlightAll=false')");
        headlineParameters.add(query.text());
      }
      headline = lines.append(" END").toString();
    }
    String sql = "WITH m AS MATERIALIZED (SELECT doc_key, kind, doc_id, community_id, author, tags, created_at, language,"
        + " body, " + score + " AS score FROM cop_search_document WHERE " + where + ")"
        + " (SELECT 0 AS part, kind AS value, doc_id, " + headline + " AS excerpt, score, place AS n FROM"
        + " (SELECT *, row_number() OVER (ORDER BY score DESC, created_at DESC, doc_key) AS place FROM m"
        + " ORDER BY score DESC, created_at DESC, doc_key LIMIT ? OFFSET ?) page)"
        + " UNION ALL (SELECT 1, NULL, NULL, NULL, NULL, COUNT(*) FROM m)"
        + " UNION ALL (SELECT 2, community_id, NULL, NULL, NULL, COUNT(*) FROM m GROUP BY community_id)"
        + " UNION ALL (SELECT 3, kind, NULL, NULL, NULL, COUNT(*) FROM m GROUP BY kind)"
        + " UNION ALL (SELECT 4, author, NULL, NULL, NULL, COUNT(*) FROM m GROUP BY author)"
        + " UNION ALL (SELECT 5, tag, NULL, NULL, NULL, COUNT(*) FROM m, unnest(string_to_array(tags, ' ')) tag GROUP BY tag)";
    List<Object> all = new ArrayList<>(scoreParameters);
    all.addAll(parameters);
    all.addAll(headlineParameters);
    all.add(query.size());
    all.add(query.offset());
    return inTransaction(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < all.size(); i++) {
          Object value = all.get(i);
          if (value instanceof Collection<?> values) {
            statement.setArray(i + 1, connection.createArrayOf("varchar", values.toArray()));
          } else {
            statement.setObject(i + 1, value);
          }
        }
        java.util.TreeMap<Long, IndexHit> places = new java.util.TreeMap<>();
        long total = 0;
        Map<SearchFacet, Map<String, Long>> counts = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
          counts.put(facet, new HashMap<>());
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            int part = rows.getInt(1);
            switch (part) {
              case 0 -> places.put(rows.getLong(6), new IndexHit(SearchKind.valueOf(rows.getString(2)), rows.getString(3),
                  rows.getDouble(5), excerpt(rows.getString(4))));
              case 1 -> total = rows.getLong(6);
              case 2 -> counts.get(SearchFacet.COMMUNITY).put(rows.getString(2), rows.getLong(6));
              case 3 -> counts.get(SearchFacet.KIND).put(rows.getString(2), rows.getLong(6));
              case 4 -> counts.get(SearchFacet.AUTHOR).put(rows.getString(2), rows.getLong(6));
              default -> counts.get(SearchFacet.TAG).put(rows.getString(2), rows.getLong(6));
            }
          }
        }
        Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
        counts.forEach((facet, values) -> facets.put(facet, values.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(query.facetValues())
            .map(e -> new FacetCount(e.getKey(), e.getValue()))
            .toList()));
        return new IndexResult(List.copyOf(places.values()), total, facets);
      }
    });
  }

  /** The rule of {@link SearchAccess#permits} in SQL. */
  private static void access(SearchAccess access, StringBuilder where, List<Object> parameters) {
    if (access.everything()) {
      return;
    }
    where.append(" AND ((community_id = ANY (?) AND (audience = '").append(Audience.COMMUNITY.name())
        .append("' OR community_id = ANY (?)) AND (published OR author = ? OR community_id = ANY (?)))")
        .append(" OR (diffused_to <> '' AND string_to_array(diffused_to, ' ')::varchar[] && ?))");
    parameters.add(ids(access.readable()));
    parameters.add(ids(access.core()));
    parameters.add(access.reader().map(r -> r.value()).orElse(""));
    parameters.add(ids(access.moderated()));
    List<String> diffusedHere = new ArrayList<>(ids(access.readable()));
    diffusedHere.add(PLATFORM);
    parameters.add(diffusedHere);
  }

  private static void filters(IndexQuery query, StringBuilder where, List<Object> parameters) {
    if (!query.communities().isEmpty()) {
      where.append(" AND community_id = ANY (?)");
      parameters.add(ids(query.communities()));
    }
    if (!query.kinds().isEmpty()) {
      where.append(" AND kind = ANY (?)");
      parameters.add(query.kinds().stream().map(Enum::name).toList());
    }
    if (!query.tags().isEmpty()) {
      where.append(" AND string_to_array(tags, ' ')::varchar[] && ?");
      parameters.add(List.copyOf(query.tags()));
    }
    if (!query.authors().isEmpty()) {
      where.append(" AND author = ANY (?)");
      parameters.add(query.authors().stream().map(a -> a.value()).toList());
    }
    query.from().ifPresent(from -> {
      where.append(" AND created_at >= ?");
      parameters.add(Timestamp.from(from));
    });
    query.until().ifPresent(until -> {
      where.append(" AND created_at < ?");
      parameters.add(Timestamp.from(until));
    });
  }

  private static List<String> ids(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  /** The passage {@code ts_headline} chose, its marks turned into {@link Excerpt.Mark}s. */
  private static Excerpt excerpt(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Excerpt.Mark> marks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == START) {
        start = text.length();
      } else if (c == STOP) {
        if (start >= 0 && text.length() > start) {
          marks.add(new Excerpt.Mark(start, text.length()));
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return new Excerpt(text.toString(), marks);
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the search index in PostgreSQL failed: " + e.getMessage(), e);
    }
  }

  /** Nothing to release: connections are taken per call. */
  @Override
  public void close() {}
}
