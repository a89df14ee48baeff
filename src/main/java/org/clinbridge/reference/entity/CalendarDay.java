package org.clinbridge.reference.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.voiding.Voiding;

/**
 * A date a notice on public holidays names: a HOLIDAY or a worked weekend day (WORKDAY), with the
 * holiday's name. The date is its public key while the row is live; a correction changes kind and
 * name in place (the audit trail keeps the old ones), a removal voids the row with a reason and the
 * date then follows the week again. {@code noticeYear} is the notice's year, which may differ from
 * the date's for the last days of December.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
  @SequenceGenerator(
      name = "calendar_day_seq",
      sequenceName = "calendar_day_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "calendar_date", nullable = false, updatable = false)
  private LocalDate date;

  /** {@code date} while live, null once voided: unique, one live row per date (V81). */
  @Column(name = "live_date")
  private LocalDate liveDate;

  @Column(name = "notice_year", nullable = false, updatable = false)
  private int noticeYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DayKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  @Embedded private Voiding voiding = Voiding.none();

  protected CalendarDay() {}

  /** A row of {@code notice}'s year; the caller has checked it with {@link NoticeDay#check}. */
  public CalendarDay(int noticeYear, NoticeDay row, OffsetDateTime now) {
    this.noticeYear = noticeYear;
    this.date = Objects.requireNonNull(row.date(), "date");
    this.liveDate = date;
    this.kind = Objects.requireNonNull(row.kind(), "kind");
    this.name = new BilingualText(row.nameZh().strip(), row.nameEn().strip());
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** New kind and name, checked like a notice's row. */
  public void correct(DayKind kind, BilingualText name) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = new BilingualText(name.zh().strip(), name.en().strip());
  }

  /** Removes the date from the calendar, keeping the row for the record. */
  public void voidFor(String reason, String by, OffsetDateTime at) {
    voiding = voiding.voidFor(reason, by, at);
    liveDate = null;
  }

  /** Kind and names, for the audit trail. */
  public Map<String, Object> snapshot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("date", date);
    values.put("noticeYear", noticeYear);
    values.put("kind", kind);
    values.put("name", name.view());
    return values;
  }

  public LocalDate date() {
    return date;
  }

  public int noticeYear() {
    return noticeYear;
  }

  public DayKind kind() {
    return kind;
  }

  public BilingualText name() {
    return name;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public Voiding voiding() {
    return voiding;
  }
}
