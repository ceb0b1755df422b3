package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityDetails;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.Visibility;
import org.copkit.api.knowledge.CreateSection;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.knowledge.MoveSection;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.ReadableFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract: the knowledge base's rules hold when many threads act at once, on the storage under
 * test with the real use cases: of two moves of sections that would close a cycle together,
 * exactly one succeeds (the other is refused as a cycle, or as stale when the winner changed the
 * tree below its section), so the sections stay a tree.
 *
 * <p>Extend it and build the use cases on a fresh, empty storage in {@link #useCases(Directory)},
 * with communities activated at once.
 */
@ExtendWith(ReadableFailures.class)
public abstract class KnowledgeConcurrencyContract {

  /**
   * The use cases under test.
   *
   * @param lifecycle founding communities
   * @param base writing items
   * @param curation organizing sections
   * @param queries reading
   */
  public record UseCases(CommunityLifecycle lifecycle, KnowledgeBase base, KnowledgeCuration curation,
      KnowledgeQueries queries) {}

  /**
   * Builds the use cases on a fresh, empty storage.
   *
   * @param directory the people of the test
   * @return the use cases
   */
  protected abstract UseCases useCases(Directory directory);

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();
  private final MemberId moderator = person("moderator");
  private UseCases platform;
  private Community community;

  /** For subclasses. */
  protected KnowledgeConcurrencyContract() {}

  private MemberId person(String id) {
    MemberId memberId = MemberId.of(id);
    people.put(memberId, Person.active(memberId, "Person " + id, "Unit"));
    return memberId;
  }

  @BeforeEach
  void buildPlatform() {
    platform = useCases(id -> Optional.ofNullable(people.get(id)));
    community = platform.lifecycle().create(moderator, new CommunityDetails("Mediació", "Criminal mediation", "",
        Visibility.OPEN));
  }

  private Section section(String name, Optional<SectionId> parent) {
    return platform.curation().createSection(moderator, new CreateSection(community.id(), parent, name));
  }

  @Test
  void movesThatWouldCloseACycleTogetherNeverBothSucceed() throws Exception {
    int rounds = 6;
    AtomicInteger moved = new AtomicInteger();
    Map<Integer, List<Section>> pairs = new ConcurrentHashMap<>();
    for (int round = 0; round < rounds; round++) {
      Section a = section("A" + round, Optional.empty());
      Section b = section("B" + round, Optional.empty());
      Section belowB = section("Below B" + round, Optional.of(b.id()));
      pairs.put(round, List.of(a, b, belowB));
    }
    Map<SectionId, Section> current = new ConcurrentHashMap<>();
    platform.queries().sections(moderator, community.id()).forEach(s -> current.put(s.id(), s));
    pairs.replaceAll((round, pair) -> pair.stream().map(s -> current.get(s.id())).toList());

    Race.rounds(rounds, 2,
        (round, thread) -> {
          List<Section> pair = pairs.get(round);
          Section mine = pair.get(thread);
          SectionId under = thread == 0 ? pair.get(2).id() : pair.get(0).id();
          try {
            platform.curation().moveSection(moderator, new MoveSection(mine.id(), mine.version(), Optional.of(under)));
            moved.incrementAndGet();
          } catch (InvalidInputException cycle) {
            assertThat(cycle.field()).isEqualTo("parent");
          } catch (ConflictException stale) {
            // the other move committed first and changed the tree below this section: the version read is stale
            assertThat(stale.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
          }
        },
        round -> {
          List<Section> sections = platform.queries().sections(moderator, community.id());
          assertThat(sections).as("every section reachable from the top, parents first").hasSize(3 * rounds);
        });

    assertThat(moved).as("one move of each pair, refused as a cycle or stale").hasValue(rounds);
  }
}
