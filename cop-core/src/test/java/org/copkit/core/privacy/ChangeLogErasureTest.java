package org.copkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copkit.api.privacy.Erasure;
import org.copkit.api.privacy.port.ErasureLedger;
import org.copkit.api.privacy.port.ErasureRecord;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.storage.Change;
import org.copkit.api.storage.ChangeLog;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.CopPlatform;
import org.copkit.core.memory.InMemoryStorage;
import org.copkit.core.shared.ErasureChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change log's part of an erasure and of an export, on the in-memory storage seen through its
 * ports: a log longer than one batch is read to its end; every change naming the member, by its
 * body or by its key, is in her export and rewritten naming the pseudonym, and no one else's; the
 * nodes are told once, and again only when the second pass rewrote a change committed naming her
 * while the first pass read the log (never one she caused after the telling); the count of
 * records rewritten is exact. The erasure ledger's line, when another request created it first, is
 * read and its pseudonym taken; a second duplicate is not retried.
 */
class ChangeLogErasureTest {

  private static final MemberId LAIA = MemberId.of("laia");
  private static final MemberId MARTA = MemberId.of("marta");
  private static final MemberId NURIA = MemberId.of("nuria");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InMemoryStorage storage = InMemoryStorage.create();
  /** Called with each change-log method and its arguments before the storage runs it. */
  private BiConsumer<Method, Object[]> beforeChangeLog = (method, args) -> { };
  /** Called with each erasure-ledger method and its arguments; may throw instead of the storage. */
  private BiConsumer<Method, Object[]> beforeLedger = (method, args) -> { };
  private final CopPlatform platform;

  ChangeLogErasureTest() {
    CopStorage seen = proxy(CopStorage.class, storage, (method, result) -> switch (method.getName()) {
      case "changeLog" -> proxy(ChangeLog.class, (ChangeLog) result, null, (m, a) -> beforeChangeLog.accept(m, a));
      case "erasureLedger" -> proxy(ErasureLedger.class, (ErasureLedger) result, null,
          (m, a) -> beforeLedger.accept(m, a));
      default -> result;
    }, null);
    platform = CopPlatform.builder().storage(seen).directory(directory()).discoverModerationRules(false).build();
  }

  @AfterEach
  void close() {
    platform.close();
  }

  private static Directory directory() {
    Map<MemberId, Person> people = Stream.of(
            Person.active(LAIA, "Laia Pons", "Víctimes"),
            Person.active(MARTA, "Marta Roca", "Mediació"),
            new Person(NURIA, "Núria Ferrer", "CEJFE", true, true))
        .collect(Collectors.toMap(Person::id, p -> p));
    return id -> Optional.ofNullable(people.get(id));
  }

  /** The body of the change that hiding from suggestions commits, naming the member. */
  private Change hiding(MemberId member) {
    platform.expertFinding().hideFromSuggestions(member);
    List<Change> log = storage.changeLog().after(0, ChangeLog.MAX_BATCH);
    return log.get(log.size() - 1);
  }

  /** Appends the change {@code times} times, in one unit of work. */
  private void appendCopies(Change change, int times) {
    storage.transactions().inTransaction(() -> {
      for (int i = 0; i < times; i++) {
        storage.changeLog().append(change.topic(), change.body());
      }
      return null;
    });
  }

  private void appendKeyed(String topic, String key, String body) {
    storage.transactions().inTransaction(() -> storage.changeLog().appendClaiming(topic, key, body));
  }

  private List<Change> wholeLog() {
    List<Change> all = new ArrayList<>();
    for (List<Change> batch = storage.changeLog().after(0, ChangeLog.MAX_BATCH); !batch.isEmpty();
        batch = storage.changeLog().after(batch.get(batch.size() - 1).sequence(), ChangeLog.MAX_BATCH)) {
      all.addAll(batch);
    }
    return all;
  }

  private long tellings() {
    return wholeLog().stream().filter(change -> change.topic().equals(ErasureChange.TOPIC)).count();
  }

  /** The {@code change} records of the member's export, as Núria exports it. */
  private List<JsonNode> changesInExportOf(MemberId member) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    platform.privacy().export(NURIA, member, out);
    try {
      JsonNode section = JSON.readTree(out.toByteArray()).get("capabilities").get(ChangeLogData.CAPABILITY);
      List<JsonNode> changes = new ArrayList<>();
      Optional.ofNullable(section.get("change")).ifPresent(array -> array.forEach(changes::add));
      return changes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aLogLongerThanOneBatchIsExportedAndRewrittenToItsEndAndTheCountIsExact() {
    Change hers = hiding(LAIA);
    hiding(MARTA);
    appendCopies(hers, ChangeLog.MAX_BATCH + 5); // her last ones in the log's second batch, after Marta's
    int naming = ChangeLog.MAX_BATCH + 6;

    assertThat(changesInExportOf(LAIA)).as("every change naming her, in both batches").hasSize(naming)
        .allSatisfy(change -> assertThat(change.get("member").asText()).isEqualTo(LAIA.value()));

    Erasure erasure = platform.privacy().erase(NURIA, LAIA);

    assertThat(erasure.records()).as("each change rewritten counted once, and the audit entry of her export")
        .isEqualTo(naming + 1);
    assertThat(changesInExportOf(LAIA)).as("no change names her").isEmpty();
    assertThat(changesInExportOf(erasure.pseudonym())).hasSize(naming);
    assertThat(changesInExportOf(MARTA)).as("Marta's change is hers still").singleElement()
        .satisfies(change -> assertThat(change.get("member").asText()).isEqualTo(MARTA.value()));
    assertThat(tellings()).as("nothing was committed meanwhile: the nodes are told once").isEqualTo(1);
  }

  @Test
  void keysThatNameHerAreInHerExportAndRewrittenAndOthersAreNot() {
    appendKeyed("routing", "route-budget:laia:2026-W10", "no body this version reads");
    appendKeyed("routing", "route-budget:marta:2026-W10", "no body this version reads");
    appendKeyed("routing", "route-budget:laiaxx:2026-W10", "no body this version reads");

    assertThat(changesInExportOf(LAIA)).singleElement()
        .satisfies(change -> assertThat(change.get("key").asText()).isEqualTo("route-budget:laia:2026-W10"));

    Erasure erasure = platform.privacy().erase(LAIA, LAIA);

    assertThat(erasure.records()).as("the keyed change, and the audit entry of her export").isEqualTo(2);
    assertThat(wholeLog()).filteredOn(change -> change.topic().equals("routing"))
        .extracting(change -> change.key().orElseThrow()).containsExactly(
            "route-budget:" + erasure.pseudonym() + ":2026-W10", "route-budget:marta:2026-W10",
            "route-budget:laiaxx:2026-W10");
    assertThat(changesInExportOf(erasure.pseudonym())).singleElement()
        .satisfies(change -> assertThat(change.get("key").asText())
            .isEqualTo("route-budget:" + erasure.pseudonym() + ":2026-W10"));
    assertThat(changesInExportOf(MARTA)).singleElement()
        .satisfies(change -> assertThat(change.get("key").asText()).isEqualTo("route-budget:marta:2026-W10"));
  }

  @Test
  void aChangeNotNamingHerIsLeftByteForByteEvenWhenThisVersionReadsOnlyPartOfIt() {
    Change hers = hiding(LAIA);
    Change martas = hiding(MARTA);
    byte[] read = java.util.Base64.getDecoder().decode(martas.body());
    byte[] withAFieldOfALaterVersion = java.util.Arrays.copyOf(read, read.length + 1);
    withAFieldOfALaterVersion[read.length] = 1;
    String laterBody = java.util.Base64.getEncoder().encodeToString(withAFieldOfALaterVersion);
    appendCopies(new Change(martas.sequence(), martas.topic(), Optional.empty(), laterBody), 1);

    Erasure erasure = platform.privacy().erase(LAIA, LAIA);

    assertThat(erasure.records()).as("her one change").isEqualTo(1);
    assertThat(wholeLog()).extracting(Change::body).contains(martas.body(), laterBody).doesNotContain(hers.body());
  }

  @Test
  void aChangeCommittedNamingHerWhileTheLogWasReadIsRewrittenCountedAndTheNodesToldAgain() {
    Change hers = hiding(LAIA);
    AtomicInteger interleaved = new AtomicInteger();
    beforeChangeLog = (method, args) -> {
      if (method.getName().equals("appendClaiming") && ErasureChange.TOPIC.equals(args[0])
          && interleaved.getAndIncrement() == 0) {
        // committed with the telling change's unit of work, so below it: after the first pass read the log
        storage.changeLog().append(hers.topic(), hers.body());
      }
    };

    Erasure erasure = platform.privacy().erase(NURIA, LAIA);

    assertThat(interleaved).as("committed during the erasure").hasValue(1);
    assertThat(changesInExportOf(LAIA)).as("the late change rewritten too").isEmpty();
    assertThat(changesInExportOf(erasure.pseudonym())).hasSize(2);
    assertThat(erasure.records()).as("the first pass's change and the late one").isEqualTo(2);
    assertThat(tellings()).as("told again, to derive afresh").isEqualTo(2);
    assertThat(platform.privacy().erase(NURIA, LAIA).records()).as("asked again").isZero();
    assertThat(tellings()).isEqualTo(2);
  }

  @Test
  void aChangeSheCausesAfterTheNodesWereToldIsLeftAsItIs() {
    Change hers = hiding(LAIA);
    String told = "erasure:" + PrivacyService.digest(LAIA);
    AtomicInteger after = new AtomicInteger();
    beforeChangeLog = (method, args) -> {
      if (method.getName().equals("claimed") && told.equals(args[0]) && after.getAndIncrement() == 0) {
        // committed on its own once the telling change has
        appendCopies(hers, 1);
      }
    };

    Erasure erasure = platform.privacy().erase(NURIA, LAIA);

    assertThat(after).hasValue(1);
    assertThat(changesInExportOf(LAIA)).as("the host serves an erased member no more: the late change is hers")
        .hasSize(1);
    assertThat(changesInExportOf(erasure.pseudonym())).hasSize(1);
    assertThat(erasure.records()).isEqualTo(1);
    assertThat(tellings()).isEqualTo(1);
  }

  @Test
  void aLedgerLineAnotherRequestCreatedFirstIsReadAndItsPseudonymTaken() {
    hiding(LAIA);
    MemberId theirs = MemberId.of("erased-1a2b3c4d-0000-4000-8000-000000000001");
    AtomicInteger adds = new AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<ErasureRecord> refused = new java.util.concurrent.atomic.AtomicReference<>();
    beforeLedger = (method, args) -> {
      if (method.getName().equals("add") && adds.getAndIncrement() == 0) {
        // the other request's line committed between this one's read and its insert
        refused.set((ErasureRecord) args[0]);
        throw ConflictException.duplicate("erasure " + refused.get().key());
      }
      if (method.getName().equals("find") && refused.get() != null && storage.erasureLedger().find(
          refused.get().key()).isEmpty()) {
        storage.erasureLedger().add(new ErasureRecord(refused.get().key(), theirs, refused.get().startedAt(),
            Set.of(), Optional.empty(), 0));
      }
    };

    Erasure erasure = platform.privacy().erase(NURIA, LAIA);

    assertThat(adds).as("one line added, by the other request").hasValue(1);
    assertThat(erasure.pseudonym()).isEqualTo(theirs);
    assertThat(changesInExportOf(theirs)).hasSize(1);
    assertThat(changesInExportOf(LAIA)).isEmpty();
  }

  @Test
  void aSecondDuplicateIsNotRetriedAndOtherConflictsNotAtAll() {
    hiding(LAIA);
    AtomicInteger adds = new AtomicInteger();
    beforeLedger = (method, args) -> {
      if (method.getName().equals("add")) {
        if (adds.getAndIncrement() < 2) {
          throw ConflictException.duplicate("erasure " + ((ErasureRecord) args[0]).key());
        }
        throw new IllegalStateException("asked a third time");
      }
    };

    assertThatThrownBy(() -> platform.privacy().erase(NURIA, LAIA)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.DUPLICATE));
    assertThat(adds).as("the first request and its one retry").hasValue(2);

    adds.set(0);
    beforeLedger = (method, args) -> {
      if (method.getName().equals("add")) {
        adds.incrementAndGet();
        throw ConflictException.rule("the ledger is closed");
      }
    };
    assertThatThrownBy(() -> platform.privacy().erase(NURIA, LAIA)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.kind()).isEqualTo(ConflictException.Kind.RULE));
    assertThat(adds).hasValue(1);
    assertThat(changesInExportOf(LAIA)).as("nothing erased").hasSize(1);
  }

  /**
   * @return a proxy of the interface that hands every call to the target: {@code before} sees the
   *     arguments first (may be null), {@code after} may replace the result (null: the result as is)
   */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target,
      java.util.function.BiFunction<Method, Object, Object> after, BiConsumer<Method, Object[]> before) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
      if (before != null) {
        before.accept(method, args);
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after == null ? result : after.apply(method, result);
    });
  }
}
