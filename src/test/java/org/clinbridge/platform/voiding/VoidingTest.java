package org.clinbridge.platform.voiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class VoidingTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 5, 6, 15, 0, 0, 0, ZoneOffset.ofHours(8));

  @Test
  void aLiveRecordIsNotVoidedAndHasNoView() {
    Voiding v = Voiding.none();
    assertThat(v.voided()).isFalse();
    assertThat(v.voidedAt()).isNull();
    assertThat(VoidingView.of(v)).isNull();
    assertThat(VoidingView.of(null)).isNull();
  }

  @Test
  void voidingKeepsWhenWhoAndWhyInUtc() {
    Voiding v = Voiding.none().voidFor("  Entered twice  ", "alice", AT);
    assertThat(v.voided()).isTrue();
    assertThat(v.reason()).isEqualTo("Entered twice");
    assertThat(v.voidedBy()).isEqualTo("alice");
    assertThat(v.voidedAt()).isEqualTo(AT);
    assertThat(v.voidedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(VoidingView.of(v))
        .isEqualTo(new VoidingView(v.voidedAt(), "alice", "Entered twice"));
    assertThat(v.auditValues())
        .containsEntry("voided", true)
        .containsEntry("voidedBy", "alice")
        .containsEntry("voidReason", "Entered twice");
  }

  @Test
  void theOriginalIsUnchangedSoAnEntityMustStoreTheResult() {
    Voiding live = Voiding.none();
    live.voidFor("reason", "alice", AT);
    assertThat(live.voided()).isFalse();
  }

  @Test
  void aBlankReasonIsRefusedNamingTheField() {
    for (String blank : new String[] {null, "", "   \n"}) {
      assertThatThrownBy(() -> Voiding.none().voidFor(blank, "alice", AT))
          .isInstanceOfSatisfying(
              ProblemException.InvalidFieldException.class,
              e -> {
                assertThat(e.field()).isEqualTo("reason");
                assertThat(e.status()).isEqualTo(400);
              });
    }
  }

  @Test
  void aReasonLongerThan500CharactersIsRefused() {
    String ok = "理".repeat(500);
    assertThat(Voiding.none().voidFor(ok, "alice", AT).reason()).hasSize(500);
    assertThatThrownBy(() -> Voiding.none().voidFor(ok + "x", "alice", AT))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
  }

  @Test
  void aSecondVoidIsAConflictAndTheFirstStands() {
    Voiding once = Voiding.none().voidFor("duplicate", "alice", AT);
    assertThatThrownBy(() -> once.voidFor("another reason", "bob", AT.plusDays(1)))
        .isInstanceOfSatisfying(
            AlreadyVoidedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.slug()).isEqualTo("already-voided");
            });
    assertThat(once.voidedBy()).isEqualTo("alice");
  }

  @Test
  void someoneMustDoTheVoiding() {
    assertThatThrownBy(() -> Voiding.none().voidFor("reason", " ", AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
