package org.clinbridge.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Now and today. Instants are stored in UTC; calendar dates (due dates, review deadlines,
 * "overdue") are the district's dates, in its time zone ({@code clinbridge.zone}, default
 * Asia/Shanghai), so a milestone due today is not overdue at 07:00 in Chongqing because UTC is
 * still yesterday.
 */
@ApplicationScoped
public class DistrictClock {
  @Inject
  @ConfigProperty(name = "clinbridge.zone", defaultValue = "Asia/Shanghai")
  String zone;

  private final Clock clock = Clock.systemUTC();

  /** The clock behind {@link #now()}, for code that works with {@link java.time.Instant}s. */
  public Clock clock() {
    return clock;
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  /** The district's time zone, in which pages show and take calendar dates. */
  public ZoneId zone() {
    return ZoneId.of(zone);
  }
}
