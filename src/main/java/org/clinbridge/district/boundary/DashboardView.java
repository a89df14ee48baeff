package org.clinbridge.district.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.consultation.control.DeskStatistics;
import org.clinbridge.contracts.control.ContractFigures;
import org.clinbridge.funding.control.FundFigures;
import org.clinbridge.licensing.control.LicenceFigures;
import org.clinbridge.projects.control.PipelineFigures;
import org.clinbridge.scenes.control.SceneFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The district dashboard of a period (district dates, both included): every figure computed by the
 * database. Stocks (projects by stage and TRL, pools, licences by state, deadlines, the backlog)
 * are as they stand now; flows (stays ended, stages entered, grants awarded, contracts signed,
 * scenes published, applications submitted, consultations asked) are those of the period.
 */
@Schema(name = "Dashboard")
public record DashboardView(
    LocalDate from,
    LocalDate to,
    @Schema(description = "When the figures were computed (an instance keeps them a minute)")
        OffsetDateTime asOf,
    @Schema(description = "DISTRICT, or PORTFOLIO: the projects one technology manager follows")
        String scope,
    @Schema(description = "The technology manager whose portfolio this is; absent for the district")
        UUID manager,
    List<PipelineFigures.StageFigure> funnel,
    List<PipelineFigures.TrlFigure> trl,
    List<FundFigures.PoolFigure> pools,
    List<FundFigures.OutcomeFigure> grantOutcomes,
    List<ContractFigures.MonthFigure> contracts,
    List<SceneFigures.HospitalFigure> scenes,
    List<LicenceFigures.StateFigure> licences,
    LicenceFigures.Deadlines supplements,
    LicenceFigures.Deadlines renewals,
    DeskStatistics.Figures desk,
    @Schema(description = "Open consultations now (new, open, waiting on the asker, reopened)")
        long deskBacklog,
    @Schema(
            description =
                "Where each figure's rows are listed: API paths, {placeholders} filled per row")
        Drill drill) {

  /** The lists behind the figures. */
  public record Drill(
      String funnel,
      String trl,
      String pool,
      String contracts,
      String scenes,
      String licences,
      String supplement,
      String certificate,
      String desk) {
    static final Drill PATHS =
        new Drill(
            "/api/projects?stage={stage}&status={status}",
            "/api/projects?trlMin={trl}&trlMax={trl}",
            "/api/fund-pools/{id}/statement",
            "/api/projects/{project}/contracts",
            "/api/scenes?hospital={hospital}&type={type}",
            "/api/licence-applications?state={state}",
            "/api/licence-applications/{id}",
            "/api/certificates/{id}",
            "/api/consultations?status={status}");
  }
}
