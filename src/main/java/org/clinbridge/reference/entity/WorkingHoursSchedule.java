package org.clinbridge.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinbridge.platform.problem.ProblemException;

/**
 * The working hours of a schedule, kept as data so that the district changes them without a
 * release: the consultation station's ({@link #STATION}) are 09:00-12:00 and 13:30-17:30 in
 * Asia/Shanghai unless an administrator changes them.
 */
@Entity
@Table(name = "working_hours")
public class WorkingHoursSchedule {
  /** The consultation station's hours, seeded by V81. */
  public static final String STATION = "consultation-station";

  @Id
  @Column(length = 40)
  private String schedule;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(nullable = false, length = 200)
  private String periods;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  @Version private long version;

  protected WorkingHoursSchedule() {}

  public OfficeHours hours() {
    return OfficeHours.parse(ZoneId.of(timeZone), periods);
  }

  /**
   * New zone and periods ({@code 09:00-12:00,13:30-17:30}); either unreadable is a 400 naming the
   * field.
   */
  public void change(String zone, String periods, String by, OffsetDateTime now) {
    ZoneId z;
    try {
      z = ZoneId.of(zone.strip());
    } catch (DateTimeException | NullPointerException e) {
      throw ProblemException.invalidField("zone", "working-hours.zone", zone);
    }
    OfficeHours read;
    try {
      read = OfficeHours.parse(z, periods == null ? "" : periods);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("periods", "working-hours.periods", periods);
    }
    this.timeZone = z.getId();
    this.periods = read.text();
    this.updatedBy = by;
    this.updatedAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("zone", timeZone);
    values.put("periods", periods);
    return values;
  }

  public String schedule() {
    return schedule;
  }

  public String zone() {
    return timeZone;
  }

  public String periods() {
    return periods;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
