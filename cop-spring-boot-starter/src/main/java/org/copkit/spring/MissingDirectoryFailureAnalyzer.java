package org.copkit.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed because the host declared no {@code Directory} bean, and what to add. */
final class MissingDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<MissingDirectoryException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingDirectoryException cause) {
    return new FailureAnalysis(
        "CoPKit's starter found no bean of type org.copkit.api.shared.Directory: CoPKit asks the host's"
            + " directory who each actor is, and cannot build its CopPlatform without one.",
        "Declare a bean that implements org.copkit.api.shared.Directory on your people (LDAP, HR system,"
            + " user table), for instance @Bean Directory directory(UserRepository users) { return id ->"
            + " users.findById(id.value()).map(u -> new Person(...)); }, or declare your own CopPlatform bean.",
        cause);
  }
}
