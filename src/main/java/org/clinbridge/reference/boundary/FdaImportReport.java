package org.clinbridge.reference.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What importing a classification file did: counts, and every record that was not loaded with the
 * line it starts on (as a text editor numbers lines) and why.
 */
@Schema(name = "FdaImportReport")
public record FdaImportReport(
    int records,
    int inserted,
    int updated,
    int unchanged,
    int rejected,
    @Schema(description = "Time spent reading and writing, in milliseconds") long millis,
    @Schema(description = "SHA-256 of the file, as the audit entry records it") String sha256,
    List<Line> rejections) {

  /**
   * @param reason machine-readable (field-count, product-code, device-name, device-class, flag,
   *     too-long, duplicate, not-cp1252), with {@code message} for people
   */
  public record Line(int line, String productCode, String reason, String message) {}
}
