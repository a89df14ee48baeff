package org.clinbridge.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A text a person reads, stored in both languages. Embedded with {@code @AttributeOverrides} naming
 * the two columns ({@code name_zh}, {@code name_en}, ...).
 */
@Embeddable
public class BilingualText {
  @Column(name = "zh")
  private String zh;

  @Column(name = "en")
  private String en;

  protected BilingualText() {}

  public BilingualText(String zh, String en) {
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = Objects.requireNonNull(en, "en");
  }

  public static BilingualText of(Bilingual wire) {
    return new BilingualText(wire.zh(), wire.en());
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }

  public Bilingual view() {
    return new Bilingual(zh, en);
  }
}
