package org.copkit.core.feed;

import java.util.Map;
import org.copkit.api.feed.Activity;
import org.copkit.api.feed.spi.MemberTerms;
import org.copkit.api.feed.spi.RankingSignal;
import org.copkit.api.shared.MemberId;

/**
 * A vendor signal registered in {@code META-INF/services}: lifts activities tagged {@value #TAG}
 * for everyone, and the activities of {@value #AUTHOR} for {@value #FAN}.
 */
public final class PillBoostSignal implements RankingSignal {

  static final String TAG = "vendor-pill";
  static final String AUTHOR = "pill-author";
  static final String FAN = "pill-fan";

  @Override
  public String name() {
    return "pill-boost";
  }

  @Override
  public double activityTerm(Activity activity) {
    return activity.tags().contains(TAG) ? 1.5 : 0;
  }

  @Override
  public MemberTerms memberTerms(MemberId member) {
    return member.value().equals(FAN)
        ? new MemberTerms(Map.of(MemberId.of(AUTHOR), 2.0), Map.of())
        : MemberTerms.none();
  }
}
