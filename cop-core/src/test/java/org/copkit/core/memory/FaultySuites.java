package org.copkit.core.memory;

import java.util.List;
import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.api.moderation.port.ModerationStorage;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.memory.FaultyStorage.Fault;
import org.copkit.tck.analytics.ContributionsContract;
import org.copkit.tck.community.CommunitiesContract;
import org.copkit.tck.community.InvitationsContract;
import org.copkit.tck.community.JoinRequestsContract;
import org.copkit.tck.community.MembershipsContract;
import org.copkit.tck.discussion.PostsContract;
import org.copkit.tck.discussion.ReactionsContract;
import org.copkit.tck.discussion.ThreadsContract;
import org.copkit.tck.moderation.FlagsContract;
import org.copkit.tck.moderation.ModerationPoliciesContract;
import org.copkit.tck.moderation.MutesContract;
import org.copkit.tck.moderation.ReviewItemsContract;
import org.copkit.tck.shared.AuditTrailContract;
import org.copkit.tck.shared.EventPublisherContract;
import org.copkit.tck.storage.StorageConcurrencyContract;
import org.copkit.tck.storage.TransactionsContract;

/**
 * Every storage suite of the TCK on a {@link FaultyStorage} with the {@link #fault} of the moment.
 * Not tests of their own (their names do not end in Test): {@link FaultCatalogueTest} runs them.
 */
final class FaultySuites {

  /** The fault every suite's storage has. */
  static volatile Fault fault = Fault.NONE;

  /** Every suite, as an integrator would extend them. */
  static final List<Class<?>> ALL = List.of(
      Transactions.class, Concurrency.class, Events.class, Audit.class, Communities.class, Memberships.class,
      JoinRequests.class, Invitations.class, Threads.class, Posts.class, Reactions.class, Flags.class,
      ReviewItems.class, Mutes.class, Policies.class, Contributions.class);

  private FaultySuites() {}

  private static FaultyStorage storage() {
    return new FaultyStorage(fault);
  }

  static class Transactions extends TransactionsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Concurrency extends StorageConcurrencyContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Events extends EventPublisherContract {
    @Override
    protected Outbox outbox() {
      FaultyStorage storage = FaultySuites.storage();
      return new LogOutbox(storage.transactions(), storage.eventPublisher(), storage.eventLog());
    }
  }

  static class Audit extends AuditTrailContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Communities extends CommunitiesContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Memberships extends MembershipsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class JoinRequests extends JoinRequestsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Invitations extends InvitationsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Threads extends ThreadsContract {
    @Override
    protected DiscussionStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Posts extends PostsContract {
    @Override
    protected DiscussionStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Reactions extends ReactionsContract {
    @Override
    protected DiscussionStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Flags extends FlagsContract {
    @Override
    protected ModerationStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class ReviewItems extends ReviewItemsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Mutes extends MutesContract {
    @Override
    protected ModerationStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Policies extends ModerationPoliciesContract {
    @Override
    protected ModerationStorage storage() {
      return FaultySuites.storage();
    }
  }

  static class Contributions extends ContributionsContract {
    @Override
    protected CopStorage storage() {
      return FaultySuites.storage();
    }
  }
}
