package org.clinbridge.projects.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clinbridge.projects.entity.Evidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of evidence given for a move, in and out. */
@Schema(name = "Evidence")
public record EvidenceForm(
    @Schema(description = "A code the stage gate asks for", example = "POC_REPORT")
        @NotBlank
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,39}")
        String kind,
    @Schema(description = "The document: archive number, file id or link", example = "RPT-2026-031")
        @NotBlank
        @Size(max = 500)
        String reference) {

  Evidence evidence() {
    return new Evidence(kind, reference);
  }

  static EvidenceForm of(Evidence e) {
    return new EvidenceForm(e.kind(), e.reference());
  }
}
