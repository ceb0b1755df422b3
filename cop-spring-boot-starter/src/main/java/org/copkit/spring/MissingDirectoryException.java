package org.copkit.spring;

/** The host declared no {@code org.copkit.api.shared.Directory} bean: CoPKit cannot know who acts. */
final class MissingDirectoryException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  MissingDirectoryException() {
    super("CoPKit needs a bean of type org.copkit.api.shared.Directory (who people are), and the"
        + " application context has none");
  }
}
