package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_output_member}: one co-author of an output, or one reviewer named for the
 * round under review. The key is the output's ID, the role and the member's ID, separated by spaces.
 */
@Entity(name = "CopOutputMember")
@Table(name = "cop_output_member")
class CycleMemberRow {

  static final String CO_AUTHOR = "CO_AUTHOR";
  static final String REVIEWER = "REVIEWER";

  @Id
  @Column(name = "member_key", length = 36 + 1 + 9 + 1 + MemberId.MAX_LENGTH)
  private String key;

  @Column(name = "output_id", nullable = false, length = 36)
  private String outputId;

  @Column(name = "member_role", nullable = false, length = 16)
  private String role;

  @Column(name = "member_id", nullable = false, length = MemberId.MAX_LENGTH)
  private String memberId;

  /** For JPA. */
  protected CycleMemberRow() {}

  static String key(KnowledgeItemId output, String role, MemberId member) {
    return output + " " + role + " " + member.value();
  }

  static CycleMemberRow of(KnowledgeItemId output, String role, MemberId member) {
    CycleMemberRow row = new CycleMemberRow();
    row.key = key(output, role, member);
    row.outputId = output.toString();
    row.role = role;
    row.memberId = member.value();
    return row;
  }

  String role() {
    return role;
  }

  MemberId member() {
    return MemberId.of(memberId);
  }
}
