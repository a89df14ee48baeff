package org.clinbridge.platform.audit.control;

import org.clinbridge.platform.audit.entity.AuditEntry;

/**
 * Walks the audit chain one entry at a time, in sequence order, and remembers the first place it is
 * broken. Holds only the last entry's number and hash, so a chain of any length is checked in
 * constant memory by whoever feeds it (see {@link AuditEntries#verify()}).
 */
public final class ChainCheck {
  /** What can be wrong with the chain at one place. */
  public enum Flaw {
    /** The entry's fields no longer produce its stored hash: it was changed after writing. */
    ALTERED("altered"),
    /**
     * The entry does not chain onto the one before it: that one was changed and rehashed, or
     * entries between them were removed and renumbered.
     */
    UNLINKED("unlinked"),
    /** Sequence numbers skip: this entry was removed. */
    MISSING("missing"),
    /** The last entry is not the one the chain head names: the tail was removed or replaced. */
    HEAD_MISMATCH("head-mismatch");

    private final String code;

    Flaw(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** The first broken place; entity and id are absent when the entry itself is gone. */
  public record Break(long seq, String entity, String publicId, Flaw flaw) {}

  /** The verdict over the whole chain up to the head as it was when the walk started. */
  public record Result(
      boolean valid, long checked, long headSeq, String headHash, Break firstBroken) {}

  private final long headSeq;
  private final String headHash;
  private long expectedSeq = 1;
  private String previousHash = AuditEntry.GENESIS;
  private String lastEntity;
  private String lastPublicId;
  private long checked;
  private Break firstBroken;

  /** A check of the chain up to the head {@code headSeq} with hash {@code headHash}. */
  public ChainCheck(long headSeq, String headHash) {
    this.headSeq = headSeq;
    this.headHash = headHash;
  }

  /**
   * Takes the next entry (in ascending sequence order). Returns false once the chain is found
   * broken: the walk may stop there.
   */
  public boolean accept(AuditEntry e) {
    if (firstBroken != null) {
      return false;
    }
    checked++;
    if (e.seq() != expectedSeq) {
      firstBroken = new Break(expectedSeq, null, null, Flaw.MISSING);
    } else if (!e.intact()) {
      firstBroken = new Break(e.seq(), e.entity(), e.publicId(), Flaw.ALTERED);
    } else if (!e.previousHash().equals(previousHash)) {
      firstBroken = new Break(e.seq(), e.entity(), e.publicId(), Flaw.UNLINKED);
    } else {
      expectedSeq = e.seq() + 1;
      previousHash = e.hash();
      lastEntity = e.entity();
      lastPublicId = e.publicId();
      return true;
    }
    return false;
  }

  /** The verdict, once every entry up to the head has been offered. */
  public Result finish() {
    if (firstBroken == null) {
      long last = expectedSeq - 1;
      if (last < headSeq) {
        firstBroken = new Break(expectedSeq, null, null, Flaw.MISSING);
      } else if (!previousHash.equals(headHash)) {
        firstBroken = new Break(headSeq, lastEntity, lastPublicId, Flaw.HEAD_MISMATCH);
      }
    }
    return new Result(firstBroken == null, checked, headSeq, headHash, firstBroken);
  }
}
