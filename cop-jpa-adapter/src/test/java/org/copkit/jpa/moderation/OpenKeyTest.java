package org.copkit.jpa.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.MemberId;
import org.junit.jupiter.api.Test;

/** {@link OpenKey}: the columns are just long enough, and different parts never make the same key. */
class OpenKeyTest {

  private static final CommunityId COMMUNITY = CommunityId.random();
  private static final MemberId LONGEST = MemberId.of("m".repeat(MemberId.MAX_LENGTH));

  @Test
  void fitsTheLongestSubjectAndFlaggerExactly() {
    ModerationSubject member = new ModerationSubject.OfMember(LONGEST);

    assertThat(member.key()).hasSize(OpenKey.MAX_SUBJECT);
    assertThat(OpenKey.ofReviewItem(COMMUNITY, member)).hasSize(OpenKey.MAX_REVIEW_ITEM);
    assertThat(OpenKey.ofFlag(COMMUNITY, LONGEST, member)).hasSize(OpenKey.MAX_FLAG);
  }

  @Test
  void tellsAFlaggerWhoseIdLooksLikeASubjectFromTheSubject() {
    MemberId ana = MemberId.of("ana");
    MemberId anaAndMore = MemberId.of("ana/member:bo");

    String anaOnAMember = OpenKey.ofFlag(COMMUNITY, ana, new ModerationSubject.OfMember(MemberId.of("bo/member:x")));
    String theOtherOnAMember = OpenKey.ofFlag(COMMUNITY, anaAndMore, new ModerationSubject.OfMember(MemberId.of("x")));

    assertThat(anaOnAMember).isNotEqualTo(theOtherOnAMember);
  }
}
