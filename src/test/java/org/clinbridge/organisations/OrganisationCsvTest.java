package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clinbridge.organisations.control.OrganisationCsv;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;

class OrganisationCsvTest {
  private static final String HEADER =
      "kind,name_zh,name_en,uscc,contact_name,contact_email,contact_phone,address\n";

  @Test
  void aCleanFileWithAByteOrderMarkGivesEveryRow() {
    String a = Usccs.random();
    String b = Usccs.random();
    String csv =
        "\uFEFF"
            + HEADER
            + "START_UP,重庆某某医疗科技有限公司,Chongqing Medtech,"
            + a
            + ",王芳,wang@example.cn,023-1,\"沙坪坝区, 大学城\"\n"
            + "HOSPITAL,第一医院,First Hospital,"
            + b
            + ",,,,\n";
    var result = OrganisationCsv.parse(csv, u -> false);
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(2);
    var first = result.rows().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.kind()).isEqualTo(OrganisationKind.START_UP);
    assertThat(first.address()).isEqualTo("沙坪坝区, 大学城");
    assertThat(result.rows().get(1).contactEmail()).isNull();
    assertThat(result.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void everyBadRowIsReportedWithItsLineAndReason() {
    String good = Usccs.random();
    String taken = Usccs.random();
    String csv =
        HEADER
            + "START_UP,甲,A,"
            + good
            + ",,,,\n"
            + "PLANET,乙,B,"
            + Usccs.random()
            + ",,,,\n"
            + "START_UP,,C,"
            + Usccs.withWrongCheck()
            + ",,not-an-email,,\n"
            + "START_UP,丁,D,"
            + good
            + ",,,,\n"
            + "START_UP,戊,E,"
            + taken
            + ",,,,\n"
            + "START_UP,己,F\n";
    var result = OrganisationCsv.parse(csv, Set.of(taken)::contains);
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.field() + ":" + p.key())
        .containsExactly(
            "3:kind:organisation.kind.unknown",
            "4:name_zh:import.required",
            "4:uscc:uscc.check",
            "4:contact_email:import.email",
            "5:uscc:import.uscc.repeated",
            "6:uscc:import.uscc.taken",
            "7::import.columns");
    assertThat(result.problems().get(4).args()).containsExactly(2L);
  }

  @Test
  void aMissingOrUnknownColumnIsReportedOnTheHeaderLine() {
    var result = OrganisationCsv.parse("kind,name_zh,uscc,fax\nSTART_UP,a,b,c\n", u -> false);
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.key() + ":" + p.field())
        .containsExactly("1:import.column.missing:name_en", "1:import.column.unknown:fax");
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void aQuotedFieldWithANewlineKeepsLaterLineNumbersRight() {
    String csv =
        HEADER
            + "START_UP,甲,A,"
            + Usccs.random()
            + ",,,,\"line one\nline two\"\n"
            + "START_UP,乙,B,BAD,,,,\n";
    var result = OrganisationCsv.parse(csv, u -> false);
    assertThat(result.problems()).extracting(OrganisationCsv.Problem::line).containsExactly(4L);
  }

  @Test
  void anEmptyFileIsAProblemNotASuccess() {
    assertThat(OrganisationCsv.parse(HEADER, u -> false).problems())
        .extracting(OrganisationCsv.Problem::key)
        .containsExactly("import.empty");
  }

  @Test
  void aStrayQuoteIsReportedAtItsLineNotAsAFailure() {
    String csv =
        HEADER
            + "START_UP,甲,A,"
            + Usccs.random()
            + ",,,,\n"
            + "START_UP,\"乙\"x,B,"
            + Usccs.random()
            + ",,,,\n"
            + "START_UP,丙,C,"
            + Usccs.random()
            + ",,,,\n";
    var result = OrganisationCsv.parse(csv, u -> false);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.key()).isEqualTo("import.broken-line");
            });
  }

  @Test
  void textThatCannotBeStoredIsACellProblem() {
    String csv = HEADER + "START_UP,甲\u0000乙,A\uD800," + Usccs.random() + ",,,,\n";
    var result = OrganisationCsv.parse(csv, u -> false);
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(OrganisationCsv.Problem::field)
        .containsExactly("name_zh", "name_en");
  }
}
