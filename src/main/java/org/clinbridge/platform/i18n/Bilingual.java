package org.clinbridge.platform.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Chinese and English, as it travels on the wire: {@code {"zh": ..., "en": ...}}. */
@Schema(description = "A text in Simplified Chinese and English")
public record Bilingual(
    @Schema(example = "有源手术器械") @NotBlank @Size(max = 500) String zh,
    @Schema(example = "Active surgical instruments") @NotBlank @Size(max = 500) String en) {}
