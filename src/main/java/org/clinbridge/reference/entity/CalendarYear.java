package org.clinbridge.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A year the working-day calendar holds: its State Council notice on public holidays was loaded
 * (the notice's dates are {@link CalendarDay} rows). Dates of a year without this row have no
 * working-day answer.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
  public static final int FIRST = 2000;
  public static final int LAST = 2100;
  public static final int NOTICE_MAX = 200;

  @Id
  @Column(name = "notice_year")
  private int number;

  /** The notice's title or document number, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  @Column(nullable = false, length = NOTICE_MAX)
  private String notice;

  @Column(name = "notice_published")
  private LocalDate noticePublished;

  @Column(name = "loaded_at", nullable = false, updatable = false)
  private OffsetDateTime loadedAt;

  @Column(name = "loaded_by", nullable = false, updatable = false, length = 64)
  private String loadedBy;

  @Version private long version;

  protected CalendarYear() {}

  public CalendarYear(
      int year, String notice, LocalDate noticePublished, String loadedBy, OffsetDateTime now) {
    if (year < FIRST || year > LAST) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    this.number = year;
    this.notice = Objects.requireNonNull(notice, "notice").strip();
    this.noticePublished = noticePublished;
    this.loadedBy = Objects.requireNonNull(loadedBy, "loadedBy");
    this.loadedAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public int year() {
    return number;
  }

  public String notice() {
    return notice;
  }

  public LocalDate noticePublished() {
    return noticePublished;
  }

  public OffsetDateTime loadedAt() {
    return loadedAt;
  }

  public String loadedBy() {
    return loadedBy;
  }

  public long version() {
    return version;
  }
}
