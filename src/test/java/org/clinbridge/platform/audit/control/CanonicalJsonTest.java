package org.clinbridge.platform.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  enum Stage {
    PROOF_OF_CONCEPT
  }

  record Name(String zh, String en) {}

  @Test
  void keysAreSortedWhateverTheMapsOrder() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("zeta", 1);
    a.put("alpha", Map.of("y", 2, "x", 1));
    Map<String, Object> b = new HashMap<>();
    b.put("alpha", new LinkedHashMap<>(Map.of("x", 1, "y", 2)));
    b.put("zeta", 1);
    assertThat(CanonicalJson.of(a))
        .isEqualTo(CanonicalJson.of(b))
        .isEqualTo("{\"alpha\":{\"x\":1,\"y\":2},\"zeta\":1}");
  }

  @Test
  void valuesOfTheDomainHaveOneSpelling() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("grant", new BigDecimal("20000000.00"));
    v.put("tiny", new BigDecimal("1E-3"));
    v.put("stage", Stage.PROOF_OF_CONCEPT);
    v.put("at", OffsetDateTime.of(2025, 3, 1, 8, 30, 0, 0, ZoneOffset.ofHours(8)));
    v.put("due", LocalDate.of(2025, 4, 30));
    v.put("id", UUID.fromString("7f3c0000-0000-4000-8000-000000000001"));
    v.put("name", new Name("监护仪", "Monitor"));
    v.put("active", true);
    v.put("none", null);
    v.put("ratio", 0.5d);
    assertThat(CanonicalJson.of(v))
        .isEqualTo(
            "{\"active\":true,\"at\":\"2025-03-01T00:30:00Z\",\"due\":\"2025-04-30\","
                + "\"grant\":20000000.00,\"id\":\"7f3c0000-0000-4000-8000-000000000001\","
                + "\"name\":{\"en\":\"Monitor\",\"zh\":\"监护仪\"},\"none\":null,"
                + "\"ratio\":0.5,\"stage\":\"PROOF_OF_CONCEPT\",\"tiny\":0.001}");
  }

  @Test
  void listsKeepTheirOrderAndUnorderedSetsAreSorted() {
    assertThat(CanonicalJson.valueOf(List.of("b", "a"))).isEqualTo("[\"b\",\"a\"]");
    assertThat(CanonicalJson.valueOf(Set.of("b", "c", "a"))).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(CanonicalJson.valueOf(new int[] {3, 1})).isEqualTo("[3,1]");
  }

  @Test
  void stringsAreEscapedAsJsonRequires() {
    assertThat(CanonicalJson.valueOf("say \"hi\"\\\n\t\u0001\u2028中"))
        .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\\u2028中\"");
  }

  @Test
  void absentMapsStayAbsentAndEmptyOnesAreEmptyObjects() {
    assertThat(CanonicalJson.of(null)).isNull();
    assertThat(CanonicalJson.of(Map.of())).isEqualTo("{}");
  }

  @Test
  void nonFiniteNumbersBecomeStringsSoTheTextStaysJson() {
    assertThat(CanonicalJson.valueOf(Double.NaN)).isEqualTo("\"NaN\"");
  }
}
