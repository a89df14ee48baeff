package org.clinbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {
  @Test
  void theDataSourceClassFollowsTheUrl() {
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db:5432/clinbridge"))
        .isEqualTo(DatabaseConfigSource.POSTGRESQL);
    assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:./data/clinbridge"))
        .isEqualTo(DatabaseConfigSource.H2);
    assertThat(DatabaseConfigSource.dataSourceClassFor(null)).isEqualTo(DatabaseConfigSource.H2);
  }

  @Test
  void sitsBetweenTheAppDefaultsAndTheEnvironment() {
    int ordinal = new DatabaseConfigSource().getOrdinal();
    assertThat(ordinal).isGreaterThan(100).isLessThan(300);
  }
}
