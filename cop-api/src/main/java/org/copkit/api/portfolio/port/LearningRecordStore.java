package org.copkit.api.portfolio.port;

import java.util.List;
import org.copkit.api.portfolio.Statement;

/**
 * Outbound port: a Learning Record Store (LRS) that receives xAPI statements. Statements carry
 * stable IDs, so sending one again never duplicates it. {@code org.copkit.core.HttpLearningRecordStore}
 * speaks xAPI's HTTP interface.
 */
public interface LearningRecordStore {

  /**
   * Sends statements, in order.
   *
   * @param statements the statements
   * @throws RuntimeException when the store did not take them all (some may have been taken)
   */
  void send(List<Statement> statements);
}
