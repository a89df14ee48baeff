package org.clinbridge.scenes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import org.clinbridge.scenes.boundary.SceneImportsResource.Format;
import org.junit.jupiter.api.Test;

class ImportFormatTest {
  @Test
  void theFileNameTellsTheFormat() {
    assertThat(Format.ofFileName("NCT00973089.json")).contains(Format.CTGOV_JSON);
    assertThat(Format.ofFileName(" study.JSON ")).contains(Format.CTGOV_JSON);
    assertThat(Format.ofFileName("NCT00513591.legacy.xml")).contains(Format.CTGOV_XML);
    assertThat(Format.ofFileName("ictrp_export.csv")).contains(Format.ICTRP_CSV);
    assertThat(Format.ofFileName("notes.txt")).isEmpty();
    assertThat(Format.ofFileName(null)).isEmpty();
  }

  @Test
  void theMediaTypeTellsTheFormatOnTheApi() {
    assertThat(Format.of(MediaType.APPLICATION_JSON_TYPE)).isEqualTo(Format.CTGOV_JSON);
    assertThat(Format.of(new MediaType("text", "csv"))).isEqualTo(Format.ICTRP_CSV);
    assertThat(Format.of(MediaType.APPLICATION_XML_TYPE)).isEqualTo(Format.CTGOV_XML);
    assertThat(Format.of(MediaType.TEXT_XML_TYPE)).isEqualTo(Format.CTGOV_XML);
  }
}
