package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.copkit.api.competence.ClaimEntry;
import org.copkit.api.competence.ClaimId;
import org.copkit.api.competence.CompetenceClaim;
import org.copkit.api.privacy.ErasurePolicy;
import org.copkit.api.privacy.Privacy;
import org.copkit.api.privacy.port.PersonalData;
import org.copkit.api.privacy.port.PersonalRecords;
import org.copkit.api.privacy.port.Pseudonymisation;
import org.copkit.api.shared.MemberId;

/**
 * What competence assessment holds about a member: their claims with their whole history
 * (self-assessments, endorsements and validations received), and the entries they added to
 * others' claims (endorsements given, validations). Credentials are issued on request and not
 * stored. Erasure names the pseudonym (levels and counts stay right); in a community whose policy
 * is {@code REMOVE}, the comments and evidence they wrote go.
 */
final class InMemoryCompetenceData implements PersonalData {

  private final InMemoryCompetenceClaims claims;

  InMemoryCompetenceData(InMemoryCompetenceClaims claims) {
    this.claims = claims;
  }

  @Override
  public String capability() {
    return "competence";
  }

  @Override
  public void export(MemberId member, PersonalRecords out) {
    List<CompetenceClaim> all = claims.claimStore().all().stream()
        .sorted(Comparator.comparing(CompetenceClaim::claimedAt).thenComparing(c -> c.id().toString())).toList();
    all.stream().filter(c -> c.member().equals(member)).forEach(c -> {
      Map<String, Object> fields = MemberRecords.fields(c);
      fields.put("competence", c.competence().toString()); // as written: digcomp@2.2#2.4
      out.record("claim", fields);
    });
    all.stream().sorted(Comparator.comparing(c -> c.id().toString())).forEach(claim -> {
      boolean theirs = claim.member().equals(member);
      for (ClaimEntry entry : claims.history(claim.id())) {
        if (theirs || entry.actor().equals(member)) {
          out.record("claim-entry", MemberRecords.fields(entry));
        }
      }
    });
  }

  @Override
  public long erase(Pseudonymisation erasure) {
    MemberId member = erasure.member();
    MemberId pseudonym = erasure.pseudonym();
    Map<ClaimId, org.copkit.api.community.CommunityId> communities = new java.util.HashMap<>();
    claims.claimStore().all().forEach(c -> communities.put(c.id(), c.community()));
    long changed = claims.claimStore().reassign(member, pseudonym, c -> c);
    claims.keyStore().reassign(member, pseudonym, id -> id);
    return changed + claims.entryStore().reassign(member, pseudonym, entries -> entries.stream()
        .map(e -> e.actor().equals(pseudonym) && erasure.policyIn(communities.get(e.claim())) == ErasurePolicy.REMOVE
            ? new ClaimEntry(e.claim(), e.number(), e.kind(), e.actor(), e.level(), Privacy.REMOVED_TEXT, "",
                e.recordedAt())
            : e)
        .toList());
  }
}
