package org.copkit.core.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.RetainedData;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.LoggedChanges;
import org.copkit.core.shared.Wiring;

/** Assembles the privacy use case for {@code CopPlatform}. Wiring, not API. */
public final class PrivacyAssembly {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final Privacy privacy;

  private PrivacyAssembly(Privacy privacy) {
    this.privacy = privacy;
  }

  /**
   * @param wiring the platform's ports and clock
   * @param registered the host's and add-ons' own {@link PersonalData}, after the storage's
   * @param retention the retention period of each kind the storage lists that has one
   * @param communities the community rules
   * @param logged how the change log's topics that name members read and write their bodies
   * @param nodeCatchUp applies what the change log holds that this node has not applied yet
   * @param documents where the bytes of library documents' files are
   * @param platformKinds the kinds of record the platform itself keeps for a while (raw interactions)
   * @return the assembly
   * @throws InvalidInputException when a name is malformed or taken twice
   */
  public static PrivacyAssembly create(Wiring wiring, List<PersonalData> registered,
      java.util.Map<String, java.time.Duration> retention, CommunityGate communities, List<LoggedChanges> logged,
      Runnable nodeCatchUp, org.copkit.api.knowledge.port.Documents documents,
      List<org.copkit.core.shared.PlatformRetention> platformKinds) {
    List<String> kinds = new ArrayList<>(wiring.storage().retainedData().stream().map(RetainedData::kind).toList());
    platformKinds.forEach(kind -> kinds.add(kind.kind()));
    for (String kind : retention.keySet()) {
      if (!kinds.contains(kind)) {
        throw new InvalidInputException("retention", "the storage keeps no kind '" + kind + "'; it has " + kinds);
      }
    }
    List<PersonalData> holders = new ArrayList<>(wiring.storage().personalData());
    holders.add(new UploadedDocuments(wiring.storage(), documents));
    holders.addAll(registered);
    // last: rewritten once everything else is erased, just before the change that tells the nodes
    ChangeLogData changeLog = new ChangeLogData(wiring.storage().changeLog(), logged);
    holders.add(changeLog);
    Set<String> names = new HashSet<>();
    for (PersonalData holder : holders) {
      String name = holder.capability();
      if (name == null || !NAME.matcher(name).matches()) {
        throw new InvalidInputException("personalData",
            holder.getClass().getName() + ": capability() must be lower case letters, digits and hyphens, was '" + name + "'");
      }
      if (!names.add(name)) {
        throw new InvalidInputException("personalData", "two hold the capability '" + name + "'");
      }
    }
    return new PrivacyAssembly(new PrivacyService(wiring.storage(), communities, wiring.clock(), holders, changeLog, nodeCatchUp,
        documents, retention, platformKinds));
  }

  /** @return the privacy use case */
  public Privacy privacy() {
    return privacy;
  }
}
