package org.clinbridge.platform.audit.boundary;

import java.util.List;
import org.clinbridge.platform.audit.control.ChainCheck;
import org.clinbridge.platform.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict of {@code GET /api/audit/verify}. */
@Schema(name = "AuditVerification")
public record ChainVerificationView(
    @Schema(description = "True when every entry up to the head is intact and linked")
        boolean valid,
    @Schema(description = "How many entries were examined") long checked,
    @Schema(
            description =
                "The chain head the check ran up to; record its hash outside the system to anchor"
                    + " the chain")
        Head head,
    @Schema(description = "The first broken place; absent when valid") Broken firstBroken,
    @Schema(description = "Every broken place in sequence order (at most the first 1000)")
        List<Broken> broken,
    @Schema(description = "How many broken places there are in all") long brokenCount) {

  @Schema(name = "AuditChainHead")
  public record Head(long sequence, String hash) {}

  @Schema(name = "AuditChainBreak")
  public record Broken(
      @Schema(description = "Sequence number of the broken (or missing) entry") long sequence,
      @Schema(description = "Entity of that entry; absent when the entry is missing") String entity,
      @Schema(description = "Public id of that entry's record; absent when the entry is missing")
          String id,
      @Schema(
              description = "What is wrong",
              enumeration = {"altered", "unlinked", "missing", "head-mismatch"})
          String problem,
      @Schema(description = "What is wrong, for people, in the caller's language") String detail) {}

  static ChainVerificationView of(ChainCheck.Result r, Messages messages) {
    List<Broken> broken =
        r.broken().stream()
            .map(
                b ->
                    new Broken(
                        b.seq(),
                        b.entity(),
                        b.publicId(),
                        b.flaw().code(),
                        messages.text("audit.flaw." + b.flaw().code(), b.seq(), b.seq() - 1)))
            .toList();
    return new ChainVerificationView(
        r.valid(),
        r.checked(),
        new Head(r.headSeq(), r.headHash()),
        broken.isEmpty() ? null : broken.get(0),
        broken,
        r.brokenCount());
  }
}
