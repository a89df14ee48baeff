package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {
  @Test
  void textASpreadsheetWouldRunIsWrittenAsText() {
    assertThat(CsvDownload.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvDownload.cell("+1")).isEqualTo("'+1");
    assertThat(CsvDownload.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvDownload.cell("\tx")).isEqualTo("'\tx");
  }

  @Test
  void otherCellsAreLeftAlone() {
    assertThat(CsvDownload.cell("可穿戴心电贴")).isEqualTo("可穿戴心电贴");
    assertThat(CsvDownload.cell("a=b")).isEqualTo("a=b");
    assertThat(CsvDownload.cell("")).isEqualTo("");
    assertThat(CsvDownload.cell(null)).isNull();
    // Numbers stay numbers: a negative amount is not text a spreadsheet runs.
    assertThat(CsvDownload.cell(new BigDecimal("-5"))).isEqualTo(new BigDecimal("-5"));
  }
}
