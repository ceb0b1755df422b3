package org.copkit.core.competence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.competence.Competence;
import org.copkit.api.competence.CompetenceFramework;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.competence.FrameworkRef;
import org.copkit.api.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frameworks the platform knows: DigComp 2.2, then the host's, each version once. Other
 * features check the competences and levels they are given here. Wiring for {@code CopPlatform}
 * and the features that align to competences.
 */
public final class Frameworks {

  private static final Logger LOG = LoggerFactory.getLogger(Frameworks.class);

  private final Map<FrameworkRef, CompetenceFramework> byRef;

  private Frameworks(Map<FrameworkRef, CompetenceFramework> byRef) {
    this.byRef = byRef;
  }

  /**
   * @param hosts the host's frameworks, in order; one whose reference is taken is reported and skipped
   * @return DigComp 2.2 and the host's frameworks
   */
  static Frameworks of(List<CompetenceFramework> hosts) {
    Map<FrameworkRef, CompetenceFramework> byRef = new LinkedHashMap<>();
    CompetenceFramework digComp = DigCompData.load();
    byRef.put(digComp.ref(), digComp);
    for (CompetenceFramework framework : hosts) {
      if (byRef.putIfAbsent(framework.ref(), framework) != null) {
        LOG.warn("Skipped competence framework {} «{}»: a framework with that identifier and version is already known",
            framework.ref(), framework.name());
      }
    }
    return new Frameworks(byRef);
  }

  /** @return every framework, DigComp 2.2 first */
  public Collection<CompetenceFramework> all() {
    return List.copyOf(new ArrayList<>(byRef.values()));
  }

  /**
   * @param ref a framework
   * @return it, if known
   */
  public Optional<CompetenceFramework> find(FrameworkRef ref) {
    return Optional.ofNullable(byRef.get(ref));
  }

  /**
   * @param ref a competence
   * @return it, if its framework is known and has it
   */
  public Optional<Competence> find(CompetenceRef ref) {
    return find(ref.framework()).flatMap(framework -> framework.competence(ref.code()));
  }

  /**
   * Checks a competence named in a command.
   *
   * @param field the command's field
   * @param ref the competence
   * @return the competence
   * @throws InvalidInputException naming the field when its framework or the competence is unknown
   */
  public Competence check(String field, CompetenceRef ref) {
    CompetenceFramework framework = find(ref.framework())
        .orElseThrow(() -> new InvalidInputException(field, "names an unknown framework " + ref.framework()));
    return framework.competence(ref.code())
        .orElseThrow(() -> new InvalidInputException(field, "names an unknown competence " + ref));
  }

  /**
   * Checks a competence at a level named in a command.
   *
   * @param field the command's field
   * @param target the competence and level
   * @return the competence
   * @throws InvalidInputException naming the field when the competence or the level is unknown
   */
  public Competence check(String field, CompetenceLevel target) {
    Competence competence = check(field, target.competence());
    CompetenceFramework framework = byRef.get(target.competence().framework());
    if (framework.level(target.level()).isEmpty()) {
      throw new InvalidInputException(field,
          "names level " + target.level() + ", but " + framework.ref() + " has levels 1 to " + framework.levels().size());
    }
    return competence;
  }
}
