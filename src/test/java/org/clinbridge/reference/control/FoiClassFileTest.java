package org.clinbridge.reference.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoiClassFileTest {
  static final String HEADER =
      "REVIEW_PANEL|MEDICALSPECIALTY|PRODUCTCODE|DEVICENAME|DEVICECLASS|UNCLASSIFIED_REASON"
          + "|GMPEXEMPTFLAG|THIRDPARTYFLAG|REVIEWCODE|REGULATIONNUMBER|SUBMISSION_TYPE_ID|DEFINITION"
          + "|PHYSICALSTATE|TECHNICALMETHOD|TARGETAREA|Implant_Flag|Life_Sustain_support_flag"
          + "|SummaryMalfunctionReporting";

  static String record(String code, String name, String deviceClass, String definition) {
    return "AN|AN|"
        + code
        + "|"
        + name
        + "|"
        + deviceClass
        + "||N|N||868.5820|4|"
        + definition
        + "||||N|N|Eligible";
  }

  static byte[] file(String... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((HEADER + "\r\n").getBytes(FoiClassFile.CP1252));
    for (String r : records) {
      out.writeBytes((r + "\r\n").getBytes(FoiClassFile.CP1252));
    }
    return out.toByteArray();
  }

  @Test
  void thePublishedFileLoadsEveryRecord() throws IOException {
    byte[] bytes;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(FdaProductCodes.BUNDLED_CODES)) {
      bytes = in.readAllBytes();
    }
    FoiClassFile.Parsed parsed = FoiClassFile.read(bytes);
    // 6,531 lines: the header and 6,530 product codes.
    assertThat(parsed.rejections()).isEmpty();
    assertThat(parsed.rows()).hasSize(6530);
    assertThat(parsed.rows().get(0).line()).isEqualTo(2);
    assertThat(parsed.rows().get(0).fields().productCode()).isEqualTo("BRW");
    assertThat(parsed.rows().get(0).fields().deviceName()).isEqualTo("Protector, Dental");
    assertThat(parsed.rows().get(6529).line()).isEqualTo(6531);
    assertThat(parsed.rows())
        .extracting(r -> r.fields().deviceClass())
        .containsOnly("1", "2", "3", "U", "N", "f");
    // Windows-1252 punctuation read as the characters it stands for, not as mojibake.
    assertThat(parsed.rows())
        .anySatisfy(r -> assertThat(r.fields().definition()).contains("\u2019"));
  }

  @Test
  void aBareLineFeedIsPartOfTheFieldAndLineNumbersFollowTheEditor() {
    byte[] bytes =
        file(
            record("AAA", "One", "2", "first line\nsecond line"),
            record("AAB", "Two", "1", ""),
            record("AAC", "Three", "3", "a\nb\nc"),
            record("AAD", "Four", "X", ""));
    FoiClassFile.Parsed parsed = FoiClassFile.read(bytes);
    assertThat(parsed.rows()).extracting(FoiClassFile.Row::line).containsExactly(2, 4, 5);
    assertThat(parsed.rows().get(0).fields().definition()).isEqualTo("first line\nsecond line");
    assertThat(parsed.rows().get(2).fields().definition()).isEqualTo("a\nb\nc");
    assertThat(parsed.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(8);
              assertThat(r.productCode()).isEqualTo("AAD");
              assertThat(r.reason()).isEqualTo("device-class");
              assertThat(r.args()).containsExactly("X");
            });
  }

  @Test
  void eachBadRecordIsReportedWithItsLineAndTheOthersLoad() {
    String tooLongName = "x".repeat(301);
    byte[] bytes =
        file(
            record("AAA", "One", "2", ""),
            "AN|AN|AAB|too few fields",
            record("aa", "Lower", "2", ""),
            record("AAC", " ", "2", ""),
            record("AAA", "Again", "1", ""),
            record("AAE", tooLongName, "1", ""),
            record("AAF", "Flags", "1", "").replace("|N|N|Eligible", "|Q|N|Eligible"),
            record("AAG", "Fine", "U", ""));
    FoiClassFile.Parsed parsed = FoiClassFile.read(bytes);
    assertThat(parsed.rows())
        .extracting(r -> r.fields().productCode())
        .containsExactly("AAA", "AAG");
    assertThat(parsed.records()).isEqualTo(8);
    assertThat(parsed.rejections())
        .extracting(FoiClassFile.Rejection::line, FoiClassFile.Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "field-count"),
            org.assertj.core.groups.Tuple.tuple(4, "product-code"),
            org.assertj.core.groups.Tuple.tuple(5, "device-name"),
            org.assertj.core.groups.Tuple.tuple(6, "duplicate"),
            org.assertj.core.groups.Tuple.tuple(7, "too-long"),
            org.assertj.core.groups.Tuple.tuple(8, "flag"));
    assertThat(parsed.rejections().get(0).args()).isEqualTo(List.of(4, 18));
    assertThat(parsed.rejections().get(3).args()).isEqualTo(List.of("AAA", 2));
    assertThat(parsed.rejections().get(4).args()).isEqualTo(List.of(4, 300));
  }

  @Test
  void bytesOutsideWindows1252AreReportedForTheirLineOnly() {
    byte[] good = file(record("AAA", "One", "2", ""), record("AAB", "Two", "2", ""));
    // 0x81 is one of the five bytes Windows-1252 leaves undefined.
    int at = new String(good, FoiClassFile.CP1252).indexOf("Two");
    good[at] = (byte) 0x81;
    FoiClassFile.Parsed parsed = FoiClassFile.read(good);
    assertThat(parsed.rows()).hasSize(1);
    assertThat(parsed.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).isEqualTo("not-cp1252");
            });
  }

  @Test
  void aFileWithoutTheHeaderIsNotAClassificationFile() {
    assertThatThrownBy(() -> FoiClassFile.read("kind\n".getBytes(FoiClassFile.CP1252)))
        .isInstanceOf(FoiClassFile.NotAClassificationFile.class);
    assertThatThrownBy(() -> FoiClassFile.read(new byte[0]))
        .isInstanceOf(FoiClassFile.NotAClassificationFile.class);
  }

  @Test
  void theLastRecordNeedsNoLineEnd() {
    byte[] bytes = (HEADER + "\r\n" + record("AAA", "One", "2", "")).getBytes(FoiClassFile.CP1252);
    assertThat(FoiClassFile.read(bytes).rows()).hasSize(1);
  }
}
