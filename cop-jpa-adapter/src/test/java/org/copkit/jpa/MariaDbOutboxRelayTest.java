package org.copkit.jpa;

/** Relays on two nodes draining one outbox on MariaDB. */
class MariaDbOutboxRelayTest extends OutboxRelaySuite {

  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }
}
