package org.clinbridge.district.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clinbridge.contracts.control.ContractFigures;
import org.clinbridge.funding.control.FundFigures;
import org.clinbridge.licensing.control.LicenceFigures;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.CsvDownload;
import org.clinbridge.projects.control.PipelineFigures;
import org.clinbridge.scenes.control.SceneFigures;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The district dashboard (app/dashboard.xhtml) for district administrators and technology managers
 * (their portfolio's figures): a period (the last twelve months unless chosen, or one calendar
 * month for the printable monthly report), charts drawn by Apache ECharts from the figures the API
 * answers, each bar leading to the list behind it, the tables beneath them and each chart's CSV.
 */
@Named("dashboardPage")
@ViewScoped
public class DashboardPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DashboardResource dashboard;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject Language language;
  @Inject UiTexts ui;

  private LocalDate from;
  private LocalDate to;
  private String month;
  private boolean fresh;
  private transient DashboardView shown;

  /** The page's guard, and the period: a month when the report asks for one. */
  public void load() {
    if (!Pages.require(caller.isDistrictAdmin() || caller.has(Role.TECH_MANAGER))) {
      return;
    }
    if (month != null && !month.isBlank()) {
      try {
        YearMonth m = YearMonth.parse(month);
        from = m.atDay(1);
        to = m.atEndOfMonth();
        return;
      } catch (DateTimeParseException e) {
        messages.field("period", "from", ui.text("dashboard.month-format"));
      }
    }
    if (from == null || to == null) {
      to = clock.today();
      from = to.minusMonths(12).plusDays(1);
    }
  }

  public DashboardView getDashboard() {
    if (shown == null && from != null && to != null) {
      try {
        shown = dashboard.dashboard(from, to, null, fresh);
        fresh = false;
      } catch (ProblemException e) {
        messages.show("period", e);
        from = to;
        shown = dashboard.dashboard(to, to, null, false);
      }
    }
    return shown;
  }

  /** Reads the figures again for the chosen period, computed now. */
  public void show() {
    shown = null;
    month = null;
    fresh = true;
  }

  /** A chart's data for the page's script: what to draw, in the reader's language, and links. */
  public String chart(String name) {
    DashboardView d = getDashboard();
    JsonObjectBuilder spec =
        switch (name) {
          case "funnel" -> funnel(d.funnel());
          case "trl" -> trl(d.trl());
          case "fund" -> fund(d.pools());
          case "grants" -> grants(d.grantOutcomes());
          case "contracts" -> contracts(d.contracts());
          case "scenes" -> scenes(d.scenes());
          case "licences" -> licences(d.licences());
          default -> throw new IllegalArgumentException(name);
        };
    return spec.build().toString();
  }

  private JsonObjectBuilder funnel(List<PipelineFigures.StageFigure> stages) {
    JsonArrayBuilder categories = Json.createArrayBuilder();
    JsonArrayBuilder links = Json.createArrayBuilder();
    for (PipelineFigures.StageFigure s : stages) {
      categories.add(ui.text("stage." + s.stage()));
      links.add("projects.xhtml?stage=" + s.stage());
    }
    return bar(categories, links, true)
        .add(
            "series",
            Json.createArrayBuilder()
                .add(series("status.ACTIVE", stages, s -> s.active()))
                .add(series("status.ON_HOLD", stages, s -> s.onHold()))
                .add(series("status.GRADUATED", stages, s -> s.graduated()))
                .add(series("status.TERMINATED", stages, s -> s.terminated()))
                .add(
                    series("dashboard.col.reached", stages, s -> s.reached()).add("type", "line")));
  }

  private JsonObjectBuilder trl(List<PipelineFigures.TrlFigure> levels) {
    JsonArrayBuilder categories = Json.createArrayBuilder();
    JsonArrayBuilder links = Json.createArrayBuilder();
    for (PipelineFigures.TrlFigure l : levels) {
      categories.add("TRL " + l.trl());
      links.add("projects.xhtml?trl=" + l.trl());
    }
    return bar(categories, links, false)
        .add(
            "series",
            Json.createArrayBuilder()
                .add(
                    series("dashboard.col.projects", levels, PipelineFigures.TrlFigure::projects)));
  }

  private JsonObjectBuilder fund(List<FundFigures.PoolFigure> pools) {
    JsonArrayBuilder categories = Json.createArrayBuilder();
    JsonArrayBuilder links = Json.createArrayBuilder();
    for (FundFigures.PoolFigure p : pools) {
      categories.add(language.isChinese() ? p.nameZh() : p.nameEn());
      links.add("fund-pool.xhtml?id=" + p.id());
    }
    return bar(categories, links, true)
        .add("horizontal", true)
        .add(
            "series",
            Json.createArrayBuilder()
                .add(money("dashboard.col.released", pools, FundFigures.PoolFigure::released))
                .add(
                    money(
                        "dashboard.col.committed",
                        pools,
                        p -> p.committed().subtract(p.released())))
                .add(money("dashboard.col.remaining", pools, FundFigures.PoolFigure::remaining)));
  }

  private JsonObjectBuilder grants(List<FundFigures.OutcomeFigure> outcomes) {
    Map<String, BigDecimal> byOutcome = new LinkedHashMap<>();
    for (FundFigures.OutcomeFigure o : outcomes) {
      byOutcome.merge(o.outcome(), o.amount(), BigDecimal::add);
    }
    JsonArrayBuilder data = Json.createArrayBuilder();
    byOutcome.forEach(
        (outcome, amount) ->
            data.add(
                Json.createObjectBuilder()
                    .add("name", ui.text("dashboard.outcome." + outcome))
                    .add("value", amount)));
    return Json.createObjectBuilder().add("kind", "pie").add("data", data);
  }

  private JsonObjectBuilder contracts(List<ContractFigures.MonthFigure> months) {
    Map<String, Map<String, BigDecimal>> byType = new TreeMap<>();
    java.util.SortedSet<String> monthKeys = new java.util.TreeSet<>();
    for (ContractFigures.MonthFigure m : months) {
      monthKeys.add(m.month());
      byType
          .computeIfAbsent(m.type().name(), t -> new TreeMap<>())
          .merge(m.month(), m.amount(), BigDecimal::add);
    }
    JsonArrayBuilder categories = Json.createArrayBuilder();
    monthKeys.forEach(categories::add);
    JsonArrayBuilder series = Json.createArrayBuilder();
    byType.forEach(
        (type, amounts) -> {
          JsonArrayBuilder data = Json.createArrayBuilder();
          monthKeys.forEach(k -> data.add(amounts.getOrDefault(k, BigDecimal.ZERO)));
          series.add(
              Json.createObjectBuilder()
                  .add("name", ui.text("contract-type." + type))
                  .add("data", data));
        });
    return bar(categories, Json.createArrayBuilder(), true).add("series", series);
  }

  private JsonObjectBuilder scenes(List<SceneFigures.HospitalFigure> rows) {
    Map<String, long[]> byHospital = new LinkedHashMap<>();
    Map<String, String> links = new LinkedHashMap<>();
    for (SceneFigures.HospitalFigure h : rows) {
      String name = language.isChinese() ? h.hospitalZh() : h.hospitalEn();
      long[] n = byHospital.computeIfAbsent(name, k -> new long[4]);
      n[0] += h.capacity();
      n[1] += h.filled();
      n[2] += h.applications();
      n[3] += h.accepted();
      links.putIfAbsent(
          name,
          "scenes.xhtml?hospital="
              + h.hospital()
              + "&hospitalZh="
              + java.net.URLEncoder.encode(h.hospitalZh(), java.nio.charset.StandardCharsets.UTF_8)
              + "&hospitalEn="
              + java.net.URLEncoder.encode(
                  h.hospitalEn(), java.nio.charset.StandardCharsets.UTF_8));
    }
    JsonArrayBuilder categories = Json.createArrayBuilder();
    byHospital.keySet().forEach(categories::add);
    JsonArrayBuilder series = Json.createArrayBuilder();
    String[] names = {
      "dashboard.col.capacity",
      "dashboard.col.filled",
      "dashboard.col.applications",
      "dashboard.col.accepted"
    };
    for (int i = 0; i < names.length; i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (long[] n : byHospital.values()) {
        data.add(n[i]);
      }
      series.add(Json.createObjectBuilder().add("name", ui.text(names[i])).add("data", data));
    }
    JsonArrayBuilder linkList = Json.createArrayBuilder();
    links.values().forEach(linkList::add);
    return bar(categories, linkList, false).add("series", series);
  }

  private JsonObjectBuilder licences(List<LicenceFigures.StateFigure> states) {
    JsonArrayBuilder categories = Json.createArrayBuilder();
    for (LicenceFigures.StateFigure s : states) {
      categories.add(ui.text("licences.state." + s.state()));
    }
    return bar(categories, Json.createArrayBuilder(), false)
        .add(
            "series",
            Json.createArrayBuilder()
                .add(
                    series(
                        "dashboard.col.applications",
                        states,
                        LicenceFigures.StateFigure::applications)));
  }

  private static JsonObjectBuilder bar(
      JsonArrayBuilder categories, JsonArrayBuilder links, boolean stacked) {
    return Json.createObjectBuilder()
        .add("kind", "bar")
        .add("stacked", stacked)
        .add("categories", categories)
        .add("links", links);
  }

  private <T> JsonObjectBuilder series(String label, List<T> rows, Function<T, Long> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.apply(r)));
    return Json.createObjectBuilder().add("name", ui.text(label)).add("data", data);
  }

  private <T> JsonObjectBuilder money(String label, List<T> rows, Function<T, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.apply(r)));
    return Json.createObjectBuilder().add("name", ui.text(label)).add("data", data);
  }

  /** One chart's data as the API's CSV download gives it, from the figures on the page. */
  public StreamedContent csv(String chart) {
    DashboardTables.Table table =
        DashboardTables.of(getDashboard(), language.getLocale()).table(chart);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CsvDownload.write(
          out,
          table.header(),
          csv -> {
            for (List<Object> row : table.rows()) {
              csv.printRecord(row);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("clinbridge-" + chart + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Money in CNY with thousands separators. */
  public String money(BigDecimal amount) {
    return amount == null ? "—" : String.format("%,.2f", amount);
  }

  /** A share as a percentage with one decimal, or a dash. */
  public String percent(Double share) {
    return share == null ? "—" : String.format("%.1f %%", 100 * share);
  }

  /** A real number with one decimal, or a dash. */
  public String decimal(Double value) {
    return value == null ? "—" : String.format("%.1f", value);
  }

  /** The contracts' totals of the period: count, amount, registered amount. */
  public String contractsTotal() {
    long n = 0;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal registered = BigDecimal.ZERO;
    for (ContractFigures.MonthFigure m : getDashboard().contracts()) {
      n += m.signed();
      amount = amount.add(m.amount());
      registered = registered.add(m.registeredAmount());
    }
    return ui.text("dashboard.contracts-total", n, money(amount), money(registered));
  }

  public boolean isPortfolio() {
    return getDashboard() != null && getDashboard().manager() != null;
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

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  /** The month before this one, for the report link. */
  public String getLastMonth() {
    return YearMonth.from(clock.today()).minusMonths(1).toString();
  }
}
