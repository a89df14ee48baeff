package org.clinbridge.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.platform.persistence.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The desk statistics' SQL runs on the quickstart's H2 as on PostgreSQL (ConsultationDeskIT checks
 * the figures there): percentiles, grouping and the backlog, on an empty desk.
 */
class DeskStatisticsH2Test {
  @Test
  void theFiguresQueriesRunOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Migrations.configure(h2).load().migrate();
    try (Connection c = h2.getConnection()) {
      for (DeskStatistics.By by : DeskStatistics.By.values()) {
        try (PreparedStatement ps =
            c.prepareStatement(DeskStatistics.sql(by).replace("?1", "?").replace("?2", "?"))) {
          ps.setObject(1, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
          ps.setObject(2, OffsetDateTime.parse("2027-01-01T00:00:00Z"));
          try (ResultSet rs = ps.executeQuery()) {
            if (by == DeskStatistics.By.ALL) {
              assertThat(rs.next()).isTrue();
              assertThat(rs.getLong(2)).isZero();
              assertThat(rs.getObject(4)).as("no percentile of nothing").isNull();
            } else {
              assertThat(rs.next()).as(by + ": no groups on an empty desk").isFalse();
            }
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(DeskStatistics.BACKLOG);
          ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
