package org.copkit.jpa.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.Diffusion;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.shared.MemberId;

/**
 * A row of {@code cop_output_diffusion}: one {@link Diffusion}, immutable. The key is the output's
 * ID, a space and the diffusion's place in the cycle's list, from 0. The target is its kind
 * (COMMUNITY, PLATFORM, OUTSIDE) and the community or the channel.
 */
@Entity(name = "CopOutputDiffusion")
@Table(name = "cop_output_diffusion")
class DiffusionRow {

  @Id
  @Column(name = "diffusion_key", length = 48)
  private String key;

  @Column(name = "output_id", nullable = false, length = 36)
  private String outputId;

  @Column(name = "seq_number", nullable = false)
  private int number;

  @Column(name = "target_kind", nullable = false, length = 16)
  private String targetKind;

  @Column(name = "target_community", length = 36)
  private String targetCommunity;

  @Column(name = "channel", length = Diffusion.Outside.MAX_CHANNEL)
  private String channel;

  @Column(name = "diffused_by", nullable = false, length = MemberId.MAX_LENGTH)
  private String diffusedBy;

  @Column(name = "diffused_at", nullable = false)
  private Instant diffusedAt;

  @Column(name = "note", nullable = false, length = Diffusion.MAX_NOTE)
  private String note;

  /** For JPA. */
  protected DiffusionRow() {}

  static DiffusionRow of(KnowledgeItemId output, int number, Diffusion diffusion) {
    DiffusionRow row = new DiffusionRow();
    row.key = output + " " + number;
    row.outputId = output.toString();
    row.number = number;
    if (diffusion.target() instanceof Diffusion.ToCommunity to) {
      row.targetKind = "COMMUNITY";
      row.targetCommunity = to.community().toString();
    } else if (diffusion.target() instanceof Diffusion.Outside outside) {
      row.targetKind = "OUTSIDE";
      row.channel = outside.channel();
    } else {
      row.targetKind = "PLATFORM";
    }
    row.diffusedBy = diffusion.by().value();
    row.diffusedAt = diffusion.at();
    row.note = diffusion.note();
    return row;
  }

  Diffusion toDomain() {
    Diffusion.Target target = switch (targetKind) {
      case "COMMUNITY" -> new Diffusion.ToCommunity(CommunityId.of(targetCommunity));
      case "PLATFORM" -> new Diffusion.ToPlatform();
      case "OUTSIDE" -> new Diffusion.Outside(channel);
      default -> throw new IllegalStateException("unknown diffusion target kind " + targetKind);
    };
    return new Diffusion(target, MemberId.of(diffusedBy), diffusedAt, note);
  }
}
