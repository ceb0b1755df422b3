package org.copkit.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.portfolio.Statement;
import org.copkit.core.HttpLearningRecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP adapter against a Learning Record Store run in the test: batches, the xAPI version
 * header, retries of failures the LRS may recover from, and no duplicate when a batch is sent again.
 */
class HttpLearningRecordStoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ConcurrentLinkedQueue<String> versions = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();
  private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> stored = Collections.synchronizedSet(new LinkedHashSet<>());
  private final AtomicInteger failuresToGive = new AtomicInteger();
  private volatile int failureStatus = 503;

  HttpLearningRecordStoreTest() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/xapi/statements", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status;
      if (failuresToGive.getAndDecrement() > 0) {
        status = failureStatus;
      } else {
        versions.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Experience-API-Version")));
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        JsonNode batch = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        batchSizes.add(batch.size());
        batch.forEach(statement -> stored.add(statement.get("id").textValue()));
        status = 200;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpLearningRecordStore store(int batchSize, int attempts) {
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/");
    return HttpLearningRecordStore.create(endpoint, Optional.of("Basic Y29wa2l0OnNlY3JldA=="), batchSize, attempts,
        Duration.ofMillis(10));
  }

  private static List<Statement> statements(int count) {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = UUID.nameUUIDFromBytes(("statement " + i).getBytes(StandardCharsets.UTF_8));
      statements.add(new Statement(id, "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:a@example.org\"},"
          + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"https://example.org/u/" + i + "\"}}"));
    }
    return statements;
  }

  @Test
  void sendsInBatchesWithTheXapiVersionAndTheAuthorization() {
    store(2, 1).send(statements(5));

    assertThat(batchSizes).containsExactly(2, 2, 1);
    assertThat(versions).containsOnly("1.0.3");
    assertThat(authorizations).containsOnly("Basic Y29wa2l0OnNlY3JldA==");
    assertThat(stored).hasSize(5);
  }

  @Test
  void retriesWhatTheStoreMayRecoverFromAndNeverDuplicatesOnResending() {
    failuresToGive.set(2);

    store(10, 3).send(statements(3));
    store(10, 3).send(statements(3));

    assertThat(batchSizes).containsExactly(3, 3);
    assertThat(stored).as("the same statement IDs, stored once").hasSize(3);
  }

  @Test
  void givesUpAfterItsAttemptsAndAtOnceOnAClientError() {
    failuresToGive.set(5);
    assertThatThrownBy(() -> store(10, 3).send(statements(1))).hasMessageContaining("503").hasMessageContaining("3 attempts");
    assertThat(failuresToGive.get()).as("three attempts made").isEqualTo(2);

    failureStatus = 400;
    failuresToGive.set(5);
    assertThatThrownBy(() -> store(10, 3).send(statements(1))).hasMessageContaining("400");
    assertThat(failuresToGive.get()).as("one attempt made").isEqualTo(4);
    assertThat(stored).isEmpty();
  }
}
