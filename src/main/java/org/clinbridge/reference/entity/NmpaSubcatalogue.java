package org.clinbridge.reference.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clinbridge.platform.i18n.BilingualText;

/**
 * One of the 22 sub-catalogues of the NMPA medical device classification catalogue (2017), e.g.
 * {@code 07} medical examination and monitoring devices. The two-digit code is the business key
 * used in registration certificate numbers, so it is also the public id.
 */
@Entity
@Table(name = "nmpa_subcatalogue")
public class NmpaSubcatalogue {
  @Id
  @Column(length = 2)
  private String code;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  protected NmpaSubcatalogue() {}

  public NmpaSubcatalogue(String code, BilingualText name) {
    if (code == null || !code.matches("\\d{2}")) {
      throw new IllegalArgumentException("A sub-catalogue code is two digits: " + code);
    }
    this.code = code;
    this.name = name;
  }

  public String code() {
    return code;
  }

  public BilingualText name() {
    return name;
  }
}
