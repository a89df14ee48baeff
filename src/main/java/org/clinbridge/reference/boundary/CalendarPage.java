package org.clinbridge.reference.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.voiding.VoidForm;
import org.clinbridge.reference.entity.DayKind;

/**
 * The working-day calendar for district administrators (app/calendar.xhtml?month=2026-02): a month
 * as weeks from Monday to Sunday, each date marked holiday, worked weekend, weekend or working day
 * with the notice's name, through the API's own {@code GET /api/reference/calendar}. A month of a
 * year the calendar does not hold shows the API's 422 in the session's language. A date opens a
 * dialog that adds it to its year's notice, corrects it or removes it with a reason, through the
 * API's own use cases.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CalendarResource calendar;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject Language language;
  @Inject PageMessages messages;

  /**
   * One square of the month: a date with its kind, or an empty square before the 1st or after the
   * last.
   */
  public record Cell(LocalDate date, String kind, boolean working, String nameZh, String nameEn)
      implements Serializable {
    public int getDay() {
      return date == null ? 0 : date.getDayOfMonth();
    }

    public String getId() {
      return date == null ? "" : date.toString();
    }
  }

  @Inject UiTexts texts;

  private String month;
  private YearMonth shown;
  private LocalDate selected;
  private String selectedVersion;
  private DayKind kind;
  private String nameZh;
  private String nameEn;
  private String reason;
  private List<List<Cell>> weeks = List.of();
  private List<Integer> years = List.of();
  private String notHeldTitle;
  private String notHeldDetail;

  /** The guard and loader ({@code f:viewAction}); an unreadable month shows this month. */
  public void load() {
    if (!Pages.require(caller.isDistrictAdmin())
        || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      shown = month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      shown = null;
    }
    if (shown == null) {
      shown = YearMonth.from(clock.today());
    }
    years = calendar.years().items().stream().map(CalendarViews.YearView::year).toList();
    try {
      weeks =
          weeks(calendar.days(shown.atDay(1).toString(), shown.atEndOfMonth().toString()).items());
    } catch (ProblemException e) {
      // A year not held: the API's 422, title and detail, in place of the month.
      weeks = List.of();
      Problem p = Violations.problem(e, language.getLocale());
      notHeldTitle = p.title();
      notHeldDetail = p.detail();
    }
  }

  /** Opens the dialog on a date: its kind and names when a notice names it. */
  public void prepare(Cell c) {
    selected = c.date();
    reason = null;
    CalendarResource.Day day = calendar.dayOf(selected.toString());
    CalendarViews.DayView d = day.view();
    selectedVersion = day.etag();
    boolean named = selectedVersion != null;
    kind = named ? DayKind.valueOf(d.kind()) : null;
    nameZh = named ? d.name().zh() : null;
    nameEn = named ? d.name().en() : null;
  }

  /** Saves the dialog: corrects a named date, or adds the date to its year's notice. */
  public String save() {
    try {
      Bilingual name = new Bilingual(nameZh, nameEn);
      if (isNamed()) {
        calendar.correct(
            selected.toString(),
            selectedVersion,
            Violations.valid(new CalendarForms.Correction(kind, name)),
            language.getLocale());
      } else {
        calendar.addDay(
            selected.getYear(),
            Violations.valid(new CalendarForms.DayForm(selected, kind, name)),
            language.getLocale());
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("day", e);
    }
    messages.info(texts.text("calendar.saved", selected.toString()));
    return again();
  }

  /** Removes the named date with the reason given. */
  public String remove() {
    try {
      calendar.voidDay(
          selected.toString(), selectedVersion, Violations.valid(new VoidForm(reason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("day", e);
    }
    messages.info(texts.text("calendar.removed", selected.toString()));
    return again();
  }

  private String again() {
    return "/app/calendar.xhtml?faces-redirect=true&month=" + YearMonth.from(selected);
  }

  /** Whether a notice names the date in the dialog (so it can be corrected or removed). */
  public boolean isNamed() {
    return selectedVersion != null;
  }

  public List<DayKind> getKinds() {
    return List.of(DayKind.values());
  }

  public LocalDate getSelected() {
    return selected;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  private static List<List<Cell>> weeks(List<CalendarViews.DayView> days) {
    List<List<Cell>> weeks = new ArrayList<>();
    List<Cell> week = new ArrayList<>();
    int lead = days.get(0).weekday().getValue() - 1;
    for (int i = 0; i < lead; i++) {
      week.add(new Cell(null, null, false, null, null));
    }
    for (CalendarViews.DayView d : days) {
      week.add(
          new Cell(
              d.date(),
              d.kind(),
              d.working(),
              d.name() == null ? null : d.name().zh(),
              d.name() == null ? null : d.name().en()));
      if (week.size() == 7) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(new Cell(null, null, false, null, null));
      }
      weeks.add(week);
    }
    return weeks;
  }

  /** The month's title in the session's language: 2026年2月, February 2026. */
  public String getTitle() {
    return language.isChinese()
        ? shown.getYear() + "年" + shown.getMonthValue() + "月"
        : shown.getMonth().getDisplayName(TextStyle.FULL, language.getLocale())
            + " "
            + shown.getYear();
  }

  /** Monday to Sunday, short, in the session's language. */
  public List<String> getWeekdays() {
    List<String> names = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      names.add(d.getDisplayName(TextStyle.SHORT, language.getLocale()));
    }
    return names;
  }

  public String getPrevious() {
    return shown.minusMonths(1).toString();
  }

  public String getNext() {
    return shown.plusMonths(1).toString();
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<List<Cell>> getWeeks() {
    return weeks;
  }

  public String getNotHeldTitle() {
    return notHeldTitle;
  }

  public String getNotHeldDetail() {
    return notHeldDetail;
  }

  /** The years held, as 2025, 2026. */
  public String getYearsText() {
    return String.join(", ", years.stream().map(String::valueOf).toList());
  }
}
