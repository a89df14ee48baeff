package org.clinbridge.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault in a request, named by its JSON path (e.g. {@code name.zh}). */
@Schema(description = "A field at fault and what is wrong with it")
public record Violation(
    @Schema(example = "uscc") String field,
    @Schema(example = "must not be blank") String message) {}
