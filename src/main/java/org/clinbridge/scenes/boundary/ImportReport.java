package org.clinbridge.scenes.boundary;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did with each record of the file, in file order. */
@Schema(name = "SceneImportReport")
public record ImportReport(int imported, int reported, List<Line> records) {
  /**
   * @param ref the record's registry id, or its position when it has none
   * @param scene the draft made of it; absent when reported
   * @param reason why no draft was made (machine-readable), with {@code message} for people
   */
  public record Line(String ref, UUID scene, String reason, String message) {}
}
