package org.clinbridge.platform.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.platform.audit.control.ChainCheck.Flaw;
import org.clinbridge.platform.audit.entity.Actor;
import org.clinbridge.platform.audit.entity.AuditEntry;
import org.clinbridge.platform.audit.entity.ChainHead;
import org.clinbridge.platform.audit.entity.Facts;
import org.junit.jupiter.api.Test;

class ChainCheckTest {
  private final ChainHead head = ChainHead.genesis();
  private final List<AuditEntry> chain = new ArrayList<>();

  private void append(int n) {
    OffsetDateTime t = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < n; i++) {
      chain.add(
          head.append(
              t.plusSeconds(chain.size()),
              new Actor("u" + i, null, null),
              new Facts(
                  "thing", "t-" + chain.size(), "updated", "{}", "{\"n\":" + i + "}", null, 1L),
              "req-" + i));
    }
  }

  private ChainCheck.Result check(List<AuditEntry> entries, long headSeq, String headHash) {
    ChainCheck c = new ChainCheck(headSeq, headHash);
    entries.forEach(c::accept);
    return c.finish();
  }

  private ChainCheck.Result check(List<AuditEntry> entries) {
    return check(entries, head.lastSeq(), head.lastHash());
  }

  private static void forge(AuditEntry e, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(e, value);
  }

  @Test
  void anEmptyChainIsValid() {
    ChainCheck.Result r = check(List.of());
    assertThat(r.valid()).isTrue();
    assertThat(r.checked()).isZero();
    assertThat(r.headHash()).isEqualTo(AuditEntry.GENESIS);
  }

  @Test
  void anUntouchedChainIsValidAndEveryEntryIsChecked() {
    append(1200);
    ChainCheck.Result r = check(chain);
    assertThat(r.valid()).isTrue();
    assertThat(r.checked()).isEqualTo(1200);
    assertThat(r.firstBroken()).isNull();
  }

  @Test
  void anAlteredEntryIsNamed() throws Exception {
    append(10);
    forge(chain.get(6), "newValues", "{\"n\":999}");
    ChainCheck.Result r = check(chain);
    assertThat(r.valid()).isFalse();
    assertThat(r.firstBroken()).isEqualTo(new ChainCheck.Break(7, "thing", "t-6", Flaw.ALTERED));
    // The walk goes on to the head: the entries after an altered one still chain onto its hash.
    assertThat(r.checked()).isEqualTo(10);
    assertThat(r.brokenCount()).isEqualTo(1);
  }

  @Test
  void anAlteredAndRehashedEntryBreaksTheLinkOfTheNext() throws Exception {
    append(10);
    AuditEntry e = chain.get(3);
    forge(e, "actorUsername", "mallory");
    forge(e, "hash", e.computeHash());
    ChainCheck.Result r = check(chain);
    assertThat(r.firstBroken()).isEqualTo(new ChainCheck.Break(5, "thing", "t-4", Flaw.UNLINKED));
  }

  @Test
  void aRemovedEntryIsNamedByItsNumber() {
    append(10);
    List<AuditEntry> withoutFifth = new ArrayList<>(chain);
    withoutFifth.remove(4);
    ChainCheck.Result r = check(withoutFifth);
    assertThat(r.valid()).isFalse();
    assertThat(r.firstBroken()).isEqualTo(new ChainCheck.Break(5, null, null, Flaw.MISSING));
  }

  @Test
  void aRemovedTailIsFoundThroughTheHead() {
    append(10);
    ChainCheck.Result r = check(chain.subList(0, 8));
    assertThat(r.firstBroken()).isEqualTo(new ChainCheck.Break(9, null, null, Flaw.MISSING));
  }

  @Test
  void aReplacedTailIsFoundThroughTheHeadsHash() throws Exception {
    append(10);
    AuditEntry last = chain.get(9);
    forge(last, "reason", "covered up");
    forge(last, "hash", last.computeHash());
    ChainCheck.Result r = check(chain);
    assertThat(r.firstBroken())
        .isEqualTo(new ChainCheck.Break(10, "thing", "t-9", Flaw.HEAD_MISMATCH));
  }

  @Test
  void everyBreakIsNamedOnceInSequenceOrder() throws Exception {
    append(10);
    forge(chain.get(2), "reason", "y"); // entry 3 altered
    AuditEntry eighth = chain.get(7);
    forge(eighth, "actorUsername", "mallory");
    forge(eighth, "hash", eighth.computeHash()); // entry 8 rehashed: 9 no longer links
    List<AuditEntry> withoutSixth = new ArrayList<>(chain);
    withoutSixth.remove(5); // entry 6 removed
    ChainCheck.Result r = check(withoutSixth);
    assertThat(r.valid()).isFalse();
    assertThat(r.broken())
        .containsExactly(
            new ChainCheck.Break(3, "thing", "t-2", Flaw.ALTERED),
            new ChainCheck.Break(6, null, null, Flaw.MISSING),
            new ChainCheck.Break(9, "thing", "t-8", Flaw.UNLINKED));
    assertThat(r.brokenCount()).isEqualTo(3);
    assertThat(r.firstBroken().seq()).isEqualTo(3);
    assertThat(r.checked()).isEqualTo(9);
  }

  @Test
  void aVerdictListsTheFirstThousandBreaksAndCountsThemAll() throws Exception {
    append(1200);
    for (int i = 0; i < 1100; i++) {
      forge(chain.get(i), "reason", "z");
    }
    ChainCheck.Result r = check(chain);
    assertThat(r.broken()).hasSize(ChainCheck.LISTED);
    assertThat(r.brokenCount()).isEqualTo(1100);
    assertThat(r.broken().get(999).seq()).isEqualTo(1000);
  }
}
