package org.copkit.core.memory;

import java.util.Map;
import org.copkit.api.shared.MemberId;

/** The in-memory storage's records, seen by privacy: see {@link org.copkit.api.privacy.port.MemberRecords}. */
final class MemberRecords {

  private MemberRecords() {}

  static boolean names(Object value, MemberId member) {
    return org.copkit.api.privacy.port.MemberRecords.names(value, member);
  }

  static Map<String, Object> fields(Record record) {
    return org.copkit.api.privacy.port.MemberRecords.fields(record);
  }

  static <T> T replaced(T value, MemberId member, MemberId pseudonym) {
    return org.copkit.api.privacy.port.MemberRecords.replaced(value, member, pseudonym);
  }
}
