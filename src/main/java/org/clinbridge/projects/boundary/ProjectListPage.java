package org.clinbridge.projects.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.web.CsvDownload;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The project list page: the API's filters over a lazy table of keyset pages, and the CSV export of
 * the same selection. It asks {@link ProjectsResource} exactly what an API client asks, so the page
 * shows what the caller may see and nothing else.
 */
@Named("projectList")
@ViewScoped
public class ProjectListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectsResource projects;
  @Inject PageMessages messages;
  @Inject Language language;
  @Inject Caller caller;

  private String q;
  private List<String> stages = new ArrayList<>();
  private List<String> statuses = new ArrayList<>();
  private List<String> categories = new ArrayList<>();
  private List<String> classes = new ArrayList<>();
  private String subcatalogue;
  private Integer trlMin;
  private Integer trlMax;
  private String sort = "code";

  private final KeysetDataModel<ProjectSummaryView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ProjectSummaryView> fetch(PageRequest request) {
          return projects.find(search(), request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(ProjectSummaryView row) {
          return row.id().toString();
        }
      };

  /** The chosen sub-catalogue as the API's list parameter. */
  private List<String> subcatalogues() {
    return subcatalogue == null || subcatalogue.isBlank() ? List.of() : List.of(subcatalogue);
  }

  /**
   * The page's guard ({@code f:viewAction}): the roles whose projects it lists (the menu offers it
   * to the same). Anyone else would only ever see an empty list, so they are told "not allowed".
   */
  public void load() {
    Pages.require(
        caller.has(Role.START_UP_MEMBER)
            || caller.has(Role.TECH_MANAGER)
            || caller.isDistrictAdmin());
  }

  /** Applies the filters: checks them with one small request, then the table starts over. */
  public String apply() {
    try {
      model.reset();
      model.load(0, 1, java.util.Map.of(), java.util.Map.of());
      model.reset();
    } catch (ProblemException e) {
      return messages.show("filters", e);
    }
    return null;
  }

  public String clear() {
    q = null;
    stages = new ArrayList<>();
    statuses = new ArrayList<>();
    categories = new ArrayList<>();
    classes = new ArrayList<>();
    subcatalogue = null;
    trlMin = null;
    trlMax = null;
    sort = "code";
    model.reset();
    return null;
  }

  /** The search the page shows: its filters (a page never names a manager or owner). */
  private ProjectSearchParams search() {
    return ProjectSearchParams.page(
        stages, statuses, categories, subcatalogues(), classes, trlMin, trlMax, q, sort);
  }

  /**
   * The selection as CSV, as {@code GET /api/projects/export} gives it, for the signed-in browser
   * (which holds a session, not the API's bearer token): the export's own use case, the rows
   * streamed into the download.
   */
  public StreamedContent getCsv() {
    ProjectsResource.Export export = projects.exportOf(search(), null, language.getLocale());
    return DefaultStreamedContent.builder()
        .name("projects.csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(
            out -> {
              try {
                CsvDownload.write(out, export.header(), export.rows());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .build();
  }

  public KeysetDataModel<ProjectSummaryView> getModel() {
    return model;
  }

  public List<String> getStageOptions() {
    return names(Stage.values());
  }

  public List<String> getStatusOptions() {
    return names(ProjectStatus.values());
  }

  public List<String> getCategoryOptions() {
    return names(ProjectCategory.values());
  }

  public List<String> getClassOptions() {
    return names(DeviceClass.values());
  }

  public List<String> getSortOptions() {
    return List.of("code", "-code", "-updatedAt", "trl", "-trl", "titleZh", "titleEn");
  }

  public List<Integer> getTrlOptions() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  /** A link's value is taken when it names a constant; anything else leaves the filter open. */
  private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** A stage chosen by a link (the dashboard's funnel); the list filter takes it. */
  public String getStageParam() {
    return stages.size() == 1 ? stages.get(0) : null;
  }

  public void setStageParam(String stage) {
    if (known(org.clinbridge.projects.entity.Stage.class, stage)) {
      stages = new ArrayList<>(List.of(stage));
    }
  }

  public String getStatusParam() {
    return statuses.size() == 1 ? statuses.get(0) : null;
  }

  public void setStatusParam(String status) {
    if (known(org.clinbridge.projects.entity.ProjectStatus.class, status)) {
      statuses = new ArrayList<>(List.of(status));
    }
  }

  /** One TRL chosen by a link (the dashboard's TRL chart). */
  public Integer getTrlParam() {
    return trlMin != null && trlMin.equals(trlMax) ? trlMin : null;
  }

  public void setTrlParam(Integer trl) {
    if (trl != null && trl >= 1 && trl <= 9) {
      trlMin = trl;
      trlMax = trl;
    }
  }

  public List<String> getStages() {
    return stages;
  }

  public void setStages(List<String> stages) {
    this.stages = stages;
  }

  public List<String> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<String> statuses) {
    this.statuses = statuses;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public List<String> getClasses() {
    return classes;
  }

  public void setClasses(List<String> classes) {
    this.classes = classes;
  }

  public String getSubcatalogue() {
    return subcatalogue;
  }

  public void setSubcatalogue(String subcatalogue) {
    this.subcatalogue = subcatalogue;
  }

  public Integer getTrlMin() {
    return trlMin;
  }

  public void setTrlMin(Integer trlMin) {
    this.trlMin = trlMin;
  }

  public Integer getTrlMax() {
    return trlMax;
  }

  public void setTrlMax(Integer trlMax) {
    this.trlMax = trlMax;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}
