package org.copkit.jpa;

/** Relays on two nodes draining one outbox on H2. */
class H2OutboxRelayTest extends OutboxRelaySuite {

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
