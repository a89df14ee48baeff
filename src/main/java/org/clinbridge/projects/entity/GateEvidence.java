package org.clinbridge.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.clinbridge.platform.i18n.BilingualText;

/** One kind of evidence a gate asks for: its code and its name in both languages. */
@Embeddable
public class GateEvidence {
  @Column(name = "code", nullable = false, length = 40)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 200)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  protected GateEvidence() {}

  public GateEvidence(String code, BilingualText name) {
    if (code == null || !code.trim().toUpperCase(Locale.ROOT).matches("[A-Z][A-Z0-9_]{1,39}")) {
      throw new IllegalArgumentException("An evidence code is upper case letters, digits, _");
    }
    this.code = code.trim().toUpperCase(Locale.ROOT);
    this.nameZh = Objects.requireNonNull(name, "name").zh();
    this.nameEn = name.en();
  }

  public String code() {
    return code;
  }

  public BilingualText name() {
    return new BilingualText(nameZh, nameEn);
  }
}
