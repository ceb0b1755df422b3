package org.copkit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.copkit.api.portfolio.Statement;
import org.copkit.api.portfolio.port.LearningRecordStore;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Sends xAPI statements to a Learning Record Store over HTTP: {@code POST {endpoint}/statements}
 * with a JSON array of at most {@code batchSize} statements, the header {@code
 * X-Experience-API-Version: 1.0.3} and the host's {@code Authorization}. A batch that fails for the
 * network, a 5xx or a 429 is sent again, up to {@code maxAttempts} times with a growing pause; any
 * other 4xx fails at once. Statements keep their stable IDs, so a batch sent twice is stored once.
 */
public final class HttpLearningRecordStore implements LearningRecordStore {

  /** The xAPI version this sends. */
  public static final String XAPI_VERSION = "1.0.3";

  private final HttpClient client;
  private final URI statements;
  private final Optional<String> authorization;
  private final int batchSize;
  private final int maxAttempts;
  private final Duration pause;

  private HttpLearningRecordStore(URI endpoint, Optional<String> authorization, int batchSize, int maxAttempts, Duration pause) {
    String base = endpoint.toString();
    this.statements = URI.create(base.endsWith("/") ? base + "statements" : base + "/statements");
    this.authorization = authorization;
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
    this.pause = pause;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * @param endpoint the LRS's xAPI endpoint, an http or https URL (statements go to {@code endpoint/statements})
   * @param authorization the value of the {@code Authorization} header, or empty for none
   * @param batchSize statements per request, 1 to 1,000
   * @param maxAttempts attempts per batch, 1 to 10
   * @param pause the pause before the second attempt, doubled before each further one; at most a minute
   * @return the store
   */
  public static HttpLearningRecordStore create(URI endpoint, Optional<String> authorization, int batchSize,
      int maxAttempts, Duration pause) {
    Validation.required("endpoint", endpoint);
    if (endpoint.getScheme() == null || !(endpoint.getScheme().equals("http") || endpoint.getScheme().equals("https"))) {
      throw new InvalidInputException("endpoint", "must be an http or https URL");
    }
    Validation.required("authorization", authorization);
    Validation.between("batchSize", batchSize, 1, 1000);
    Validation.between("maxAttempts", maxAttempts, 1, 10);
    Validation.duration("pause", pause, Duration.ZERO, Duration.ofMinutes(1));
    return new HttpLearningRecordStore(endpoint, authorization, batchSize, maxAttempts, pause);
  }

  @Override
  public void send(List<Statement> all) {
    Validation.noNulls("statements", all);
    for (int from = 0; from < all.size(); from += batchSize) {
      List<Statement> batch = all.subList(from, Math.min(all.size(), from + batchSize));
      post("[" + String.join(",", batch.stream().map(Statement::json).toList()) + "]");
    }
  }

  private void post(String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(statements)
        .timeout(Duration.ofSeconds(30))
        .header("X-Experience-API-Version", XAPI_VERSION)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    authorization.ifPresent(value -> request.header("Authorization", value));
    Duration wait = pause;
    for (int attempt = 1; ; attempt++) {
      String failure;
      try {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 2) {
          return;
        }
        failure = "the LRS answered " + status + ": " + response.body();
        if (status != 429 && status / 100 == 4) {
          throw new IllegalStateException(failure);
        }
      } catch (IOException e) {
        failure = "the LRS could not be reached: " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sending statements", e);
      }
      if (attempt >= maxAttempts) {
        throw new UncheckedIOException(new IOException(failure + " (after " + attempt + " attempts)"));
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sending statements", e);
      }
      wait = wait.multipliedBy(2);
    }
  }
}
