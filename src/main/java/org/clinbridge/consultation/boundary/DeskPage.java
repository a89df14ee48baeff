package org.clinbridge.consultation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The desk statistics (app/desk.xhtml), for consultants and district administrators: a period (the
 * last 30 days unless chosen), the whole desk, by topic, group and consultant, and the backlog now.
 * The API's use case.
 */
@Named("deskPage")
@ViewScoped
public class DeskPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConsultationsResource consultations;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;

  private LocalDate from;
  private LocalDate to;
  private transient DeskView shown;

  /** The page's guard: the station's side only. */
  public void load() {
    if (Pages.require(caller.has(Role.CONSULTANT) || caller.isDistrictAdmin())) {
      to = clock.today();
      from = to.minusDays(29);
    }
  }

  public DeskView getDesk() {
    if (shown == null && from != null && to != null) {
      try {
        shown = consultations.desk(from, to);
      } catch (ProblemException e) {
        messages.show("period", e);
        shown = consultations.desk(to, to);
      }
    }
    return shown;
  }

  /** Reads the figures again for the chosen period. */
  public void show() {
    shown = null;
  }

  /** A share as a percentage with one decimal, or a dash when nothing was asked. */
  public String percent(long part, long whole) {
    return whole == 0 ? "—" : String.format("%.1f %%", 100.0 * part / whole);
  }

  /** Working minutes as hours with one decimal, or a dash when none were counted. */
  public String hours(Double minutes) {
    return minutes == null ? "—" : String.format("%.1f h", minutes / 60);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
