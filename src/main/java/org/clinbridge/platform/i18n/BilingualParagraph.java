package org.clinbridge.platform.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A longer text in Chinese and English (a summary, a description), as it travels on the wire; up to
 * 4,000 characters in each language, where {@link Bilingual} is for names and titles.
 */
@Schema(description = "A longer text in Simplified Chinese and English")
public record BilingualParagraph(
    @Schema(example = "连续七天单导联心电监测") @NotBlank @Size(max = 4000) String zh,
    @Schema(example = "Seven-day single-lead ECG monitoring") @NotBlank @Size(max = 4000)
        String en) {

  public static BilingualParagraph of(BilingualText t) {
    return new BilingualParagraph(t.zh(), t.en());
  }

  public BilingualText text() {
    return new BilingualText(zh, en);
  }
}
