package org.copkit.core.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.copkit.api.shared.Validation;

/**
 * A directory of people held in memory, for examples, tests and hosts without a directory of their
 * own. Thread-safe.
 */
public final class InMemoryDirectory implements Directory {

  private final Map<MemberId, Person> people = new ConcurrentHashMap<>();

  private InMemoryDirectory() {}

  /**
   * @param people the people it starts with
   * @return a directory holding them
   */
  public static InMemoryDirectory of(Person... people) {
    InMemoryDirectory directory = new InMemoryDirectory();
    List.of(people).forEach(directory::put);
    return directory;
  }

  /**
   * Adds a person, or replaces the one with the same ID (to deactivate them, for example).
   *
   * @param person the person
   * @return this directory
   */
  public InMemoryDirectory put(Person person) {
    people.put(Validation.required("person", person).id(), person);
    return this;
  }

  @Override
  public Optional<Person> find(MemberId id) {
    return Optional.ofNullable(people.get(id));
  }

  /** @return everyone in it, in no particular order */
  public Collection<Person> people() {
    return List.copyOf(people.values());
  }
}
