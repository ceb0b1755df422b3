package org.copkit.jpa;

/** Relays on two nodes draining one outbox on PostgreSQL. */
class PostgresOutboxRelayTest extends OutboxRelaySuite {

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }
}
