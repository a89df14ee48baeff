package org.clinbridge.district.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinbridge.consultation.control.DeskStatistics;
import org.clinbridge.contracts.control.ContractFigures;
import org.clinbridge.funding.control.FundFigures;
import org.clinbridge.licensing.control.LicenceFigures;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.control.PipelineFigures;
import org.clinbridge.scenes.control.SceneFigures;

/**
 * Each chart of the dashboard as a table: the data behind the chart, with column titles and the
 * names of stages, types and states in the reader's language (the codes beside them, for a
 * spreadsheet to filter on). The API's CSV download and the page's download write these tables.
 */
public final class DashboardTables {
  /** The charts, in the order the page shows them. */
  public static final String CHARTS =
      "funnel, trl, fund, grants, contracts, scenes, licences, deadlines, desk";

  /** One chart's data. */
  public record Table(List<String> header, List<List<Object>> rows) {}

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Messages ui;

  private DashboardTables(Messages ui) {
    this.ui = ui;
  }

  public static DashboardTables of(DashboardView d, Locale locale) {
    DashboardTables t = new DashboardTables(Messages.ui(locale));
    t.funnel(d.funnel());
    t.trl(d.trl());
    t.fund(d.pools());
    t.grants(d.grantOutcomes());
    t.contracts(d.contracts());
    t.scenes(d.scenes());
    t.licences(d.licences());
    t.deadlines(d.supplements(), d.renewals());
    t.desk(d.desk(), d.deskBacklog());
    return t;
  }

  /** The named chart's table; an unknown name is a 404, as any path that is not there. */
  public Table table(String chart) {
    Table t = tables.get(chart);
    if (t == null) {
      throw ProblemException.notFound("chart", chart);
    }
    return t;
  }

  private void add(String chart, List<String> columns, List<List<Object>> rows) {
    tables.put(
        chart, new Table(columns.stream().map(c -> ui.text("dashboard.col." + c)).toList(), rows));
  }

  private String name(String prefix, Object code) {
    return code == null ? "" : ui.text(prefix + code);
  }

  private void funnel(List<PipelineFigures.StageFigure> stages) {
    List<List<Object>> rows = new ArrayList<>();
    for (PipelineFigures.StageFigure s : stages) {
      rows.add(
          row(
              s.stage().name(),
              name("stage.", s.stage()),
              s.active(),
              s.onHold(),
              s.graduated(),
              s.terminated(),
              s.reached(),
              s.conversionToNext(),
              s.entered(),
              s.staysEnded(),
              s.medianDays()));
    }
    add(
        "funnel",
        List.of(
            "code",
            "stage",
            "active",
            "on-hold",
            "graduated",
            "terminated",
            "reached",
            "conversion",
            "entered",
            "stays-ended",
            "median-days"),
        rows);
  }

  private void trl(List<PipelineFigures.TrlFigure> levels) {
    add(
        "trl",
        List.of("trl", "projects"),
        levels.stream().map(l -> row(l.trl(), l.projects())).toList());
  }

  private void fund(List<FundFigures.PoolFigure> pools) {
    add(
        "fund",
        List.of("id", "pool-zh", "pool-en", "total", "committed", "released", "remaining"),
        pools.stream()
            .map(
                p ->
                    row(
                        p.id(),
                        p.nameZh(),
                        p.nameEn(),
                        p.total(),
                        p.committed(),
                        p.released(),
                        p.remaining()))
            .toList());
  }

  private void grants(List<FundFigures.OutcomeFigure> outcomes) {
    add(
        "grants",
        List.of("code", "outcome", "tranche", "tranches", "amount"),
        outcomes.stream()
            .map(
                o ->
                    row(
                        o.outcome(),
                        name("dashboard.outcome.", o.outcome()),
                        name("tranche.", o.tranche()),
                        o.tranches(),
                        o.amount()))
            .toList());
  }

  private void contracts(List<ContractFigures.MonthFigure> months) {
    add(
        "contracts",
        List.of(
            "month",
            "code",
            "type",
            "signed",
            "amount",
            "registered",
            "registered-amount",
            "certified-income"),
        months.stream()
            .map(
                m ->
                    row(
                        m.month(),
                        m.type().name(),
                        name("contract-type.", m.type()),
                        m.signed(),
                        m.amount(),
                        m.registered(),
                        m.registeredAmount(),
                        m.certifiedIncome()))
            .toList());
  }

  private void scenes(List<SceneFigures.HospitalFigure> hospitals) {
    add(
        "scenes",
        List.of(
            "hospital-zh",
            "hospital-en",
            "code",
            "type",
            "opened",
            "capacity",
            "filled",
            "fill-rate",
            "applications",
            "accepted",
            "acceptance-rate"),
        hospitals.stream()
            .map(
                h ->
                    row(
                        h.hospitalZh(),
                        h.hospitalEn(),
                        h.type().name(),
                        name("scene-type.", h.type()),
                        h.opened(),
                        h.capacity(),
                        h.filled(),
                        h.fillRate(),
                        h.applications(),
                        h.accepted(),
                        h.acceptanceRate()))
            .toList());
  }

  private void licences(List<LicenceFigures.StateFigure> states) {
    add(
        "licences",
        List.of("code", "state", "applications"),
        states.stream()
            .map(s -> row(s.state().name(), name("licences.state.", s.state()), s.applications()))
            .toList());
  }

  private void deadlines(LicenceFigures.Deadlines supplements, LicenceFigures.Deadlines renewals) {
    List<List<Object>> rows = new ArrayList<>();
    for (LicenceFigures.Deadlines list : List.of(supplements, renewals)) {
      for (LicenceFigures.Deadline d : list.first()) {
        rows.add(
            row(
                name("dashboard.kind.", d.kind()),
                d.reference(),
                d.productZh(),
                d.productEn(),
                d.projectCode(),
                d.due(),
                d.expires()));
      }
    }
    add(
        "deadlines",
        List.of("kind", "reference", "product-zh", "product-en", "project", "due", "expires"),
        rows);
  }

  private void desk(DeskStatistics.Figures f, long backlog) {
    add(
        "desk",
        List.of(
            "asked",
            "answered",
            "first-response-p50",
            "first-response-p90",
            "resolved",
            "resolution-p50",
            "resolution-p90",
            "first-response-breaches",
            "resolution-breaches",
            "next-update-breaches",
            "ratings",
            "average-rating",
            "backlog"),
        List.of(
            row(
                f.asked(),
                f.answered(),
                f.firstResponseP50(),
                f.firstResponseP90(),
                f.resolved(),
                f.resolutionP50(),
                f.resolutionP90(),
                f.firstResponseBreaches(),
                f.resolutionBreaches(),
                f.nextUpdateBreaches(),
                f.ratings(),
                f.averageRating(),
                backlog)));
  }

  private static List<Object> row(Object... cells) {
    List<Object> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(c == null ? "" : c);
    }
    return row;
  }
}
