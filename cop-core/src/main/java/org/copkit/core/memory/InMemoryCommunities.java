package org.copkit.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.Community;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Stage;
import org.copkit.api.community.StageChange;
import org.copkit.api.community.port.Communities;
import org.copkit.api.community.port.CommunityFilter;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

final class InMemoryCommunities implements Communities {

  private static final Comparator<Community> OLDEST_FIRST =
      Comparator.comparing(Community::createdAt).thenComparing(c -> c.id().toString());

  private final VersionedStore<CommunityId, Community> communities;
  private final VersionedStore<CommunityId, List<StageChange>> histories;
  private final InMemoryMemberships memberships;

  InMemoryCommunities(InMemoryTransactions transactions, InMemoryMemberships memberships) {
    this.communities =
        new VersionedStore<>(
            transactions,
            "community",
            Community::version,
            (c, v) ->
                new Community(
                    c.id(), c.name(), c.domain(), c.purpose(), c.visibility(), c.stage(), c.createdBy(),
                    c.createdAt(), c.lastActivityAt(), v));
    this.histories = new VersionedStore<>(transactions, "stage history", h -> 0, (h, v) -> h);
    this.memberships = memberships;
  }

  @Override
  public void add(Community community) {
    communities.add(community.id(), community);
  }

  @Override
  public Community update(Community community) {
    return communities.update(community.id(), community);
  }

  @Override
  public Optional<Community> find(CommunityId id) {
    return communities.find(id);
  }

  @Override
  public Page<Community> search(CommunityFilter filter, PageRequest page) {
    List<Community> matching =
        communities.all().stream()
            .filter(c -> filter.accepts(c.visibility(), c.stage(), viewerBelongs(filter, c)))
            .sorted(OLDEST_FIRST)
            .toList();
    return Page.of(matching, page);
  }

  private boolean viewerBelongs(CommunityFilter filter, Community community) {
    return filter.secretOnlyFor()
        .map(viewer -> memberships.find(community.id(), viewer).isPresent())
        .orElse(true);
  }

  @Override
  public List<Community> activeAndQuietSince(Instant cutoff) {
    return communities.all().stream()
        .filter(c -> c.stage() == Stage.ACTIVE && c.lastActivityAt().isBefore(cutoff))
        .sorted(Comparator.comparing(Community::lastActivityAt).thenComparing(c -> c.id().toString()))
        .toList();
  }

  @Override
  public void appendStageChange(StageChange change) {
    histories.put(
        change.community(),
        history -> {
          List<StageChange> next = history == null ? new ArrayList<>() : new ArrayList<>(history);
          next.add(change);
          return List.copyOf(next);
        });
  }

  @Override
  public List<StageChange> stageHistory(CommunityId id) {
    return histories.find(id).orElse(List.of()).stream()
        .sorted(Comparator.comparing(StageChange::at)) // stable: ties stay in the order appended
        .toList();
  }

  /** @return every community, for privacy */
  java.util.Collection<Community> all() {
    return communities.all();
  }
}
