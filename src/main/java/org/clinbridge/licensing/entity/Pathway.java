package org.clinbridge.licensing.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * The licences a device needs, in the order it needs them, with the statutory stages of each and,
 * once dated, the latest day the rules allow each authority: what a founder reads to know what
 * comes next and by when (domain brief, section 5).
 *
 * <p>The steps are the regulation's: product testing, the clinical evaluation (and the trial's
 * filing or approval where the evaluation is a trial), the innovative channel where the project
 * qualifies, the filing or registration, production filing or licence, and the distribution filing
 * or licence. Application steps carry the stages and limits of the statutory limits table, so the
 * planner and the clocks count the same days.
 */
public final class Pathway {
  private Pathway() {}

  /**
   * What the plan is for.
   *
   * @param evaluation the clinical evaluation path; null takes the usual one for the class (Class
   *     I: the exemption catalogue, II: equivalence, III: a clinical trial)
   * @param innovativeEligible the project passes the innovative channel's pre-check
   */
  public record Question(
      DeviceClass deviceClass,
      String subcatalogue,
      Route route,
      Origin origin,
      ClinicalEvaluationPath evaluation,
      boolean innovativeEligible) {
    public Question {
      Objects.requireNonNull(route, "route");
      origin = origin == null ? Origin.DOMESTIC : origin;
      if (route.china() && deviceClass == null) {
        throw LicenceRouteRefused.classRequired();
      }
      if (evaluation == null && deviceClass != null) {
        evaluation =
            switch (deviceClass) {
              case I -> ClinicalEvaluationPath.EXEMPTION_CATALOGUE;
              case II -> ClinicalEvaluationPath.EQUIVALENCE;
              case III -> ClinicalEvaluationPath.CLINICAL_TRIAL;
            };
      }
    }
  }

  /** One statutory stage of an application step: the state it runs in and its limit. */
  public record Stage(
      ApplicationState state,
      String step,
      BilingualText name,
      Integer limit,
      DayCounting counting,
      boolean silenceApproves) {}

  /**
   * A step of the pathway.
   *
   * @param key names the step's texts (pathway.step.KEY, pathway.note.KEY)
   * @param type the application this step is, or null for work the start-up does itself
   * @param optional a step only some devices take (the innovative channel, a trial approval)
   */
  public record Step(
      String key,
      ApplicationType type,
      Authority authority,
      List<DocumentKind> documents,
      List<Stage> stages,
      boolean optional) {

    /**
     * The most days the rules give the authority over all stages; null when a stage has no limit (a
     * filing on the spot), so no legal end can be named.
     */
    public Integer legalDays() {
      if (stages.isEmpty() || stages.stream().anyMatch(s -> s.limit() == null)) {
        return null;
      }
      return stages.stream().mapToInt(Stage::limit).sum();
    }

    /** Every stage without a limit: a filing, recorded the day it is complete. */
    boolean onTheSpot() {
      return stages.stream().allMatch(s -> s.limit() == null);
    }

    /** The days of the stages after {@code state}; null when one of them has no limit. */
    Integer daysAfter(ApplicationState state) {
      int at = -1;
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).state() == state) {
          at = i;
        }
      }
      int days = 0;
      for (Stage s : stages.subList(at + 1, stages.size())) {
        if (s.limit() == null) {
          return null;
        }
        days += s.limit();
      }
      return days;
    }
  }

  /** The steps for a question, in order. */
  public static List<Step> plan(Question q, StatutoryLimits limits) {
    List<Step> steps = new ArrayList<>();
    if (!q.route().china()) {
      steps.add(own(q.route() == Route.EU_MDR ? "mdr-evidence" : "fda-evidence"));
      steps.add(application(q, ApplicationType.INITIAL_REGISTRATION, false, limits));
      return steps;
    }
    boolean classOne = q.deviceClass() == DeviceClass.I;
    boolean domestic = q.origin() == Origin.DOMESTIC;
    steps.add(own(classOne ? "self-testing" : "type-testing"));
    steps.add(own("evaluation-" + q.evaluation().name().toLowerCase().replace('_', '-')));
    if (q.evaluation() == ClinicalEvaluationPath.CLINICAL_TRIAL && !classOne) {
      steps.add(application(q, ApplicationType.CLINICAL_TRIAL_FILING, false, limits));
      if (q.deviceClass() == DeviceClass.III) {
        // Only the high-risk Class III devices the NMPA lists need the approval before the trial.
        steps.add(application(q, ApplicationType.CLINICAL_TRIAL_APPROVAL, true, limits));
      }
    }
    if (!classOne && q.innovativeEligible()) {
      steps.add(application(q, ApplicationType.INNOVATIVE_REVIEW, true, limits));
    }
    steps.add(
        application(
            q,
            classOne ? ApplicationType.FILING : ApplicationType.INITIAL_REGISTRATION,
            false,
            limits));
    if (domestic) {
      steps.add(
          application(
              q,
              classOne ? ApplicationType.PRODUCTION_FILING : ApplicationType.PRODUCTION_LICENCE,
              false,
              limits));
    }
    if (!classOne) {
      steps.add(own(q.deviceClass() == DeviceClass.II ? "business-filing" : "business-licence"));
    }
    return steps;
  }

  private static Step own(String key) {
    return new Step(key, null, null, List.of(), List.of(), false);
  }

  private static final List<ApplicationState> STAGES =
      List.of(
          ApplicationState.SUBMITTED,
          ApplicationState.ACCEPTED,
          ApplicationState.UNDER_TECHNICAL_REVIEW,
          ApplicationState.QMS_INSPECTION,
          ApplicationState.DECISION_PENDING);

  private static Step application(
      Question q, ApplicationType type, boolean optional, StatutoryLimits limits) {
    Authority authority = Authority.of(q.route(), type, q.deviceClass(), q.origin());
    List<Stage> stages = new ArrayList<>();
    for (ApplicationState s : STAGES) {
      boolean applies =
          switch (s) {
            case SUBMITTED, ACCEPTED -> true;
            case UNDER_TECHNICAL_REVIEW, DECISION_PENDING -> !type.filing();
            case QMS_INSPECTION -> q.route().china() && type.inspected(q.deviceClass());
            default -> false;
          };
      if (applies) {
        limits
            .find(q.route(), type, q.deviceClass(), s)
            .ifPresent(
                l ->
                    stages.add(
                        new Stage(
                            s, l.step(), l.name(), l.limit(), l.counting(), l.silenceApproves())));
      }
    }
    String key = type.name().toLowerCase().replace('_', '-');
    return new Step(key, type, authority, type.checklist(), List.copyOf(stages), optional);
  }

  /** Where a step stands for a project. */
  public enum Progress {
    DONE,
    IN_PROGRESS,
    /** In progress with the authority's clock stopped by its supplement request. */
    PAUSED,
    /** The first step not done: what comes next. */
    NEXT,
    LATER,
    /** An optional step passed over: a later step is already under way. */
    SKIPPED
  }

  /** An application the project already has for a step's type (its latest, not voided). */
  public record Existing(UUID id, ApplicationState state, StatutoryClock clock) {}

  /**
   * A step with its progress and dates.
   *
   * @param from the day the step can start at the earliest: today, or the legal end of the step
   *     before it
   * @param legalLatestOn the last day the rules give the authority if the step starts on {@code
   *     from} (or, under way, from its clock); null without a limit, while the clock is stopped, or
   *     after such a step (the dates move when a clock stops)
   */
  public record DatedStep(
      Step step,
      Progress progress,
      Existing application,
      LocalDate from,
      LocalDate legalLatestOn) {}

  /**
   * Dates the steps from today: a step under way ends at most its clock's due date plus the stages
   * after it; a step not started starts when the one before it must legally end (today for the
   * first) and takes every stage's limit. Work the start-up does itself has no legal duration and
   * does not move the dates. A stopped clock, or a day the calendar does not hold, leaves that step
   * and every later one undated rather than guessed.
   */
  public static List<DatedStep> date(
      List<Step> steps,
      Map<ApplicationType, Existing> existing,
      StatutoryClock.Days workingDays,
      LocalDate today) {
    List<Existing> taken = new ArrayList<>();
    int lastTaken = -1;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Existing e = step.type() == null ? null : existing.get(step.type());
      if (e != null && e.state().terminal() && e.state() != ApplicationState.APPROVED) {
        e = null; // refused, withdrawn or not accepted: the step is to be taken again
      }
      taken.add(e);
      if (e != null) {
        lastTaken = i;
      }
    }
    List<DatedStep> dated = new ArrayList<>();
    LocalDate cursor = today;
    boolean nextFound = false;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Existing e = taken.get(i);
      if (e != null && e.state() == ApplicationState.APPROVED) {
        dated.add(new DatedStep(step, Progress.DONE, e, null, null));
        continue;
      }
      if (e == null && i < lastTaken) {
        // A later application is under way: the work before it is done, or passed over.
        Progress p = step.optional() ? Progress.SKIPPED : Progress.DONE;
        dated.add(new DatedStep(step, p, null, null, null));
        continue;
      }
      StatutoryClock.Days days =
          step.stages().isEmpty() || step.stages().get(0).counting() == DayCounting.WORKING_DAYS
              ? workingDays
              : StatutoryClock.Days.CALENDAR;
      Progress progress;
      LocalDate from = cursor;
      LocalDate latest = null;
      if (e != null && e.clock() != null) {
        progress =
            e.clock().status() == StatutoryClock.Status.PAUSED
                ? Progress.PAUSED
                : Progress.IN_PROGRESS;
        from = e.clock().startedOn();
        Integer rest = step.daysAfter(e.clock().state());
        if (cursor != null && e.clock().dueOn() != null && rest != null) {
          latest = plus(days, e.clock().dueOn(), rest);
        }
      } else {
        progress = e != null ? Progress.IN_PROGRESS : nextFound ? Progress.LATER : Progress.NEXT;
        Integer legal = step.legalDays();
        if (cursor != null && legal != null) {
          latest = plus(days, cursor, legal);
        }
      }
      nextFound = true;
      if (step.type() != null && !step.optional() && !step.onTheSpot()) {
        // An application step whose end cannot be named leaves the rest undated. An optional
        // step (the innovative channel) is not assumed taken; a filing is recorded on the spot.
        cursor = latest;
      }
      dated.add(new DatedStep(step, progress, e, from, latest));
    }
    return dated;
  }

  private static LocalDate plus(StatutoryClock.Days days, LocalDate from, int n) {
    try {
      return days.plus(from, n);
    } catch (StatutoryClock.OutsideCalendar e) {
      return null;
    }
  }
}
