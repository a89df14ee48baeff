package org.clinbridge.platform.audit.control;

import java.util.ArrayList;
import java.util.List;
import org.clinbridge.platform.audit.entity.AuditEntry;

/**
 * Walks the audit chain one entry at a time, in sequence order, and names every place it is broken
 * (the first {@value #LISTED} of them, and how many there are): an auditor needs the whole damage,
 * not its first sign. After a break the walk picks the chain up again at the entry it stands on, so
 * one removed or altered entry is named once, not as a break of every entry after it. Holds only
 * the last entry's number and hash and the listed breaks, so a chain of any length is checked in
 * bounded memory by whoever feeds it (see {@link AuditEntries#verify()}).
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

  /** How many broken places a verdict lists; the count covers them all. */
  public static final int LISTED = 1000;

  /** A broken place; entity and id are absent when the entry itself is gone. */
  public record Break(long seq, String entity, String publicId, Flaw flaw) {}

  /** The verdict over the whole chain up to the head as it was when the walk started. */
  public record Result(
      boolean valid,
      long checked,
      long headSeq,
      String headHash,
      List<Break> broken,
      long brokenCount) {
    /** The first broken place, or null when the chain is intact. */
    public Break firstBroken() {
      return broken.isEmpty() ? null : broken.get(0);
    }
  }

  private final long headSeq;
  private final String headHash;
  private long expectedSeq = 1;
  private String previousHash = AuditEntry.GENESIS;
  private String lastEntity;
  private String lastPublicId;
  private long checked;
  private final List<Break> broken = new ArrayList<>();
  private long brokenCount;

  /** A check of the chain up to the head {@code headSeq} with hash {@code headHash}. */
  public ChainCheck(long headSeq, String headHash) {
    this.headSeq = headSeq;
    this.headHash = headHash;
  }

  /** Takes the next entry (in ascending sequence order). Returns false when it is broken there. */
  public boolean accept(AuditEntry e) {
    checked++;
    boolean intact = true;
    if (e.seq() != expectedSeq) {
      // Entries removed before this one: named once, by the first missing number.
      intact = broke(new Break(expectedSeq, null, null, Flaw.MISSING));
    } else if (!e.intact()) {
      intact = broke(new Break(e.seq(), e.entity(), e.publicId(), Flaw.ALTERED));
    } else if (!e.previousHash().equals(previousHash)) {
      intact = broke(new Break(e.seq(), e.entity(), e.publicId(), Flaw.UNLINKED));
    }
    // Picks the chain up at this entry whatever was wrong before it.
    expectedSeq = e.seq() + 1;
    previousHash = e.hash();
    lastEntity = e.entity();
    lastPublicId = e.publicId();
    return intact;
  }

  private boolean broke(Break b) {
    brokenCount++;
    if (broken.size() < LISTED) {
      broken.add(b);
    }
    return false;
  }

  /** The verdict, once every entry up to the head has been offered. */
  public Result finish() {
    long last = expectedSeq - 1;
    if (last < headSeq) {
      broke(new Break(expectedSeq, null, null, Flaw.MISSING));
    } else if (!previousHash.equals(headHash)) {
      broke(new Break(headSeq, lastEntity, lastPublicId, Flaw.HEAD_MISMATCH));
    }
    return new Result(
        brokenCount == 0, checked, headSeq, headHash, List.copyOf(broken), brokenCount);
  }
}
