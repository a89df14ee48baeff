package org.clinbridge.licensing.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.licensing.control.Pathways;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.Authority;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.DayCounting;
import org.clinbridge.licensing.entity.DocumentKind;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Pathway;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A licensing pathway on the wire. */
@Schema(name = "Pathway")
public record PathwayView(
    DeviceClass deviceClass,
    String subcatalogue,
    Route route,
    Origin origin,
    ClinicalEvaluationPath evaluation,
    @Schema(description = "The innovative channel's pre-check passed (or was asked for)")
        boolean innovativeEligible,
    @Schema(description = "The day the dates are counted from") LocalDate asOf,
    @Schema(description = "The key of the first step not done: what comes next") String next,
    List<StepView> steps) {

  @Schema(name = "PathwayStage")
  public record StageView(
      ApplicationState state,
      String step,
      Bilingual name,
      @Schema(description = "Absent: no statutory limit") Integer limit,
      DayCounting counting,
      boolean silenceApproves) {
    static StageView of(Pathway.Stage s) {
      return new StageView(
          s.state(), s.step(), s.name().view(), s.limit(), s.counting(), s.silenceApproves());
    }
  }

  @Schema(name = "PathwayApplication")
  public record ApplicationRef(UUID id, ApplicationState state, LicenceViews.ClockView clock) {}

  @Schema(name = "PathwayStep")
  public record StepView(
      int order,
      String key,
      Bilingual name,
      Bilingual note,
      @Schema(description = "The application this step is; absent for the start-up's own work")
          ApplicationType type,
      Authority authority,
      boolean optional,
      List<DocumentKind> documents,
      List<StageView> stages,
      @Schema(description = "The most days the rules give the authority over all stages")
          Integer legalDays,
      Pathway.Progress progress,
      ApplicationRef application,
      @Schema(description = "The earliest start: today or the legal end of the step before")
          LocalDate from,
      @Schema(
              description =
                  "The last day the rules allow if the step starts on 'from' (or, under way, by"
                      + " its clock); absent without a limit, or after a stopped clock")
          LocalDate legalLatestOn) {}

  static PathwayView of(Pathways.Plan plan) {
    List<Pathway.DatedStep> dated = plan.steps();
    List<StepView> steps =
        java.util.stream.IntStream.range(0, dated.size())
            .mapToObj(i -> step(i + 1, dated.get(i)))
            .toList();
    Pathway.Question q = plan.question();
    return new PathwayView(
        q.deviceClass(),
        q.subcatalogue(),
        q.route(),
        q.origin(),
        q.evaluation(),
        q.innovativeEligible(),
        plan.asOf(),
        plan.next().map(s -> s.step().key()).orElse(null),
        steps);
  }

  private static StepView step(int order, Pathway.DatedStep d) {
    Pathway.Step s = d.step();
    Pathway.Existing e = d.application();
    return new StepView(
        order,
        s.key(),
        Messages.both("licensing", "pathway.step." + s.key()),
        Messages.both("licensing", "pathway.note." + s.key()),
        s.type(),
        s.authority(),
        s.optional(),
        s.documents(),
        s.stages().stream().map(StageView::of).toList(),
        s.legalDays(),
        d.progress(),
        e == null
            ? null
            : new ApplicationRef(
                e.id(), e.state(), e.clock() == null ? null : LicenceViews.ClockView.of(e.clock())),
        d.from(),
        d.legalLatestOn());
  }
}
