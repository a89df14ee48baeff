package org.clinbridge.platform.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
  static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 3, 1, 8, 30, 0, 123_456_789, ZoneOffset.ofHours(8));
  static final Actor ALICE =
      new Actor(
          "alice",
          UUID.fromString("00000000-0000-4000-8000-0000000000a1"),
          UUID.fromString("00000000-0000-4000-8000-0000000000b2"));

  static Facts facts(String id) {
    return new Facts(
        "organisation", id, "updated", "{\"name\":\"旧\"}", "{\"name\":\"新\"}", "typo", 50L);
  }

  @Test
  void theCanonicalFormIsTheDocumentedText() {
    AuditEntry e = ChainHead.genesis().append(AT, ALICE, facts("org-1"), "req-1");
    assertThat(e.canonicalForm())
        .isEqualTo(
            """
            clinbridge-audit-entry/1
            seq:1:1
            recorded_at:27:2025-03-01T00:30:00.123456Z
            actor_username:5:alice
            actor_account_id:36:00000000-0000-4000-8000-0000000000a1
            actor_organisation_id:36:00000000-0000-4000-8000-0000000000b2
            owner_organisation_ref:2:50
            entity:12:organisation
            public_id:5:org-1
            action:7:updated
            old_values:14:{"name":"旧"}
            new_values:14:{"name":"新"}
            reason:4:typo
            request_id:5:req-1
            """);
  }

  @Test
  void theHashIsSha256OverThePreviousHashAndTheCanonicalForm() throws Exception {
    AuditEntry e = ChainHead.genesis().append(AT, ALICE, facts("org-1"), "req-1");
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(
                        ("0".repeat(64) + "\n" + e.canonicalForm())
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(e.previousHash()).isEqualTo(AuditEntry.GENESIS);
    assertThat(e.hash()).isEqualTo(expected).hasSize(64);
    assertThat(e.intact()).isTrue();
  }

  @Test
  void absentValuesAreMarkedSoTheyDifferFromEmptyOnes() {
    AuditEntry absent =
        ChainHead.genesis()
            .append(
                AT,
                Actor.SYSTEM,
                new Facts("organisation", "o", "created", null, "{}", null, null),
                null);
    assertThat(absent.canonicalForm())
        .contains("\nactor_account_id:-\n")
        .contains("\nold_values:-\n")
        .contains("\nnew_values:2:{}\n")
        .contains("\nreason:-\n");
    AuditEntry empty =
        ChainHead.genesis()
            .append(
                AT,
                Actor.SYSTEM,
                new Facts("organisation", "o", "created", "", "{}", null, null),
                null);
    assertThat(empty.hash()).isNotEqualTo(absent.hash());
  }

  @Test
  void lengthPrefixesKeepValuesFromSpillingIntoTheNextField() {
    // Without lengths, these two would serialise to the same text.
    AuditEntry a =
        ChainHead.genesis()
            .append(
                AT,
                ALICE,
                new Facts("x", "id", "a", null, null, "r\nrequest_id:5:req-1", null),
                null);
    AuditEntry b =
        ChainHead.genesis()
            .append(AT, ALICE, new Facts("x", "id", "a", null, null, "r", null), "req-1");
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  void theHeadMovesOntoEachNewEntry() {
    ChainHead head = ChainHead.genesis();
    AuditEntry first = head.append(AT, ALICE, facts("a"), null);
    AuditEntry second = head.append(AT.plusSeconds(1), ALICE, facts("b"), null);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(head.lastSeq()).isEqualTo(2);
    assertThat(head.lastHash()).isEqualTo(second.hash());
  }

  @Test
  void anyChangedFieldNoLongerMatchesTheStoredHash() throws Exception {
    for (String field :
        new String[] {
          "recordedAt", "actorUsername", "entity", "publicId", "action", "newValues", "reason"
        }) {
      AuditEntry e = ChainHead.genesis().append(AT, ALICE, facts("org-1"), "req-1");
      Field f = AuditEntry.class.getDeclaredField(field);
      f.setAccessible(true);
      Object forged =
          f.getType() == OffsetDateTime.class ? AT.plusNanos(1000) : f.get(e) + " (edited)";
      f.set(e, forged);
      assertThat(e.intact()).as(field).isFalse();
    }
  }

  @Test
  void theTimeIsKeptInUtcToTheMicrosecondSoItHashesTheSameAfterStorage() {
    AuditEntry e = ChainHead.genesis().append(AT, ALICE, facts("org-1"), null);
    assertThat(e.recordedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(e.recordedAt().getNano()).isEqualTo(123_456_000);
  }

  @Test
  void entriesNeedTheirIdentifyingFacts() {
    assertThatThrownBy(() -> new Facts(null, "id", "created", null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Actor(null, null, null)).isInstanceOf(NullPointerException.class);
  }
}
