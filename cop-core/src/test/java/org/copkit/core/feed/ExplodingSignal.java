package org.copkit.core.feed;

import org.copkit.api.feed.Activity;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.MemberId;

/** A vendor signal registered in {@code META-INF/services} that fails for one tag and one member. */
public final class ExplodingSignal implements RankingSignal {

  static final String TAG = "explode";
  static final String MEMBER = "unlucky";

  @Override
  public String name() {
    return "exploding";
  }

  @Override
  public double activityTerm(Activity activity) {
    if (activity.tags().contains(TAG)) {
      throw new IllegalStateException("the vendor's service is down");
    }
    return 0;
  }

  @Override
  public MemberTerms memberTerms(MemberId member) {
    if (member.value().equals(MEMBER)) {
      throw new IllegalStateException("the vendor's service is down");
    }
    return MemberTerms.none();
  }
}
