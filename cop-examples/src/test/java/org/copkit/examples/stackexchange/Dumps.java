package org.copkit.examples.stackexchange;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The dumps the tests read: a hand-made one in the test resources, and the real one when present. */
public final class Dumps {

  /** {@code ../shared/...} from the project root: tests run in {@code cop-examples}, one level down. */
  private static final Path BICYCLES_META = Path.of("../../shared/data/stackexchange/bicycles-meta");

  /** The same folder for a checkout one level deeper, such as a worktree beside others. */
  private static final Path BICYCLES_META_ONE_UP = Path.of("../../../shared/data/stackexchange/bicycles-meta");

  private Dumps() {}

  /**
   * Four members (Ana founds, Ben asks, Cai answers, Dee lurks) and the Community account; a
   * question with three answers, one accepted and one by a deleted user; a question by a deleted
   * user; a question whose title is too long; a tag wiki; an answer whose question is gone; five
   * comments and seven votes.
   *
   * @return the folder of the hand-made dump
   */
  public static Path tiny() {
    try {
      return Path.of(Dumps.class.getResource("/stackexchange/tiny").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The Bicycles Meta dump in {@code ../shared/data/stackexchange/bicycles-meta}, relative to the
   * project's root; skips the calling test, saying why, when it is not there.
   *
   * @return the folder of the real dump
   */
  public static Path bicyclesMetaOrSkip() {
    if (!Files.isDirectory(BICYCLES_META) && Files.isDirectory(BICYCLES_META_ONE_UP)) {
      return BICYCLES_META_ONE_UP;
    }
    Assumptions.assumeTrue(Files.isDirectory(BICYCLES_META),
        () -> "skipped: the Bicycles Meta dump is not at ../shared/data/stackexchange/bicycles-meta relative to the "
            + "project root (" + BICYCLES_META.toAbsolutePath().normalize() + ")");
    return BICYCLES_META;
  }
}
