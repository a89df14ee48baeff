package org.clinbridge.scenes.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.clinbridge.scenes.entity.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress change, or a plan for one. */
@Schema(name = "ProgressForm")
public record ProgressForm(
    @Schema(description = "The site; absent: every site") UUID site,
    @NotNull Progress status,
    @NotNull @Schema(description = "When it happened (or, for a plan, when it is planned)")
        LocalDate date,
    @Schema(description = "True records a plan instead of a fact") boolean planned,
    @Schema(description = "Why; required for a stop (temporarily closed, terminated, withdrawn)")
        @Size(max = 250)
        String reason) {}
