package org.clinbridge.scenes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clinbridge.platform.i18n.BilingualText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A long text in Chinese and English (a description, criteria): like Bilingual, 10,000 each. */
@Schema(name = "LongBilingual", description = "A long text in Simplified Chinese and English")
public record LongText(
    @NotBlank @Size(max = 10_000) String zh, @NotBlank @Size(max = 10_000) String en) {
  static LongText of(BilingualText t) {
    return t == null ? null : new LongText(t.zh(), t.en());
  }

  BilingualText text() {
    return new BilingualText(zh, en);
  }
}
