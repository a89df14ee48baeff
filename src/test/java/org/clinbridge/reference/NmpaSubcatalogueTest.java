package org.clinbridge.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.NmpaSubcatalogue;
import org.junit.jupiter.api.Test;

class NmpaSubcatalogueTest {
  @Test
  void aCodeIsTwoDigits() {
    var name = new BilingualText("医用软件", "Medical software");
    assertThat(new NmpaSubcatalogue("21", name).code()).isEqualTo("21");
    assertThatThrownBy(() -> new NmpaSubcatalogue("7", name))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NmpaSubcatalogue("0A", name))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
