package org.copkit.webapp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.copkit.api.shared.Directory;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Person;
import org.springframework.stereotype.Component;

/** Display names for member IDs, from the directory. */
@Component
class People {

  private final Directory directory;

  People(Directory directory) {
    this.directory = directory;
  }

  Map<MemberId, String> names(Collection<MemberId> ids) {
    Map<MemberId, String> names = new LinkedHashMap<>();
    ids.forEach(id -> names.put(id, name(id)));
    return names;
  }

  String name(MemberId id) {
    return directory.find(id).map(Person::displayName).orElse(id.value());
  }
}
