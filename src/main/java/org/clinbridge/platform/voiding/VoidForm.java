package org.clinbridge.platform.voiding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/<things>/{id}/void}: why the record is voided. The reason is kept on
 * the record and in its audit entry.
 */
@Schema(name = "VoidForm", description = "Why a record is voided")
public record VoidForm(
    @Schema(example = "Entered twice by mistake; the valid record is 7f3c…", maxLength = 500)
        @NotBlank
        @Size(max = Voiding.REASON_MAX)
        String reason) {}
