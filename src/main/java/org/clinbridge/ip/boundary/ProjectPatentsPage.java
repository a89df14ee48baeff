package org.clinbridge.ip.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.ip.entity.PatentKind;
import org.clinbridge.ip.entity.PatentStatus;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.boundary.ProjectPage;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * The patent dialogs of the project page's patents tab: record a patent, record what the patent
 * office did next (publication, search report, grant, or its end) against the version the page
 * showed, and list the project's technology for companies. The project's start-up members, its
 * manager and district administrators may, as the API lets them; others see no button.
 */
@Named("patentsPage")
@ViewScoped
public class ProjectPatentsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The dialog's step that is not a status: a search report recorded after publication. */
  public static final String SEARCH_REPORT = "SEARCH_REPORT";

  @Inject ProjectPage projectPage;
  @Inject ProjectPatentsResource patents;
  @Inject PatentsResource patent;
  @Inject ListingsResource listings;
  @Inject ProjectAccess access;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient Boolean editing;

  private String number;
  private String titleZh;
  private String titleEn;
  private String kind = PatentKind.INVENTION.name();
  private LocalDate filedOn;
  private LocalDate publishedOn;
  private LocalDate grantedOn;
  private String holder;
  private boolean searchReport;

  private String patentId;
  private long patentVersion;
  private String patentNumber;
  private List<String> stepOptions = new ArrayList<>();
  private String step;
  private LocalDate stepOn;
  private boolean stepSearchReport;

  private String listingTitleZh;
  private String listingTitleEn;
  private String summaryZh;
  private String summaryEn;

  /** Whether the caller may record the project's patents and list its technology. */
  public boolean isEditing() {
    if (editing == null) {
      editing = access.canEdit(access.visible(project()));
    }
    return editing;
  }

  private UUID project() {
    return projectPage.getProject().id();
  }

  public List<String> getKinds() {
    return Arrays.stream(PatentKind.values()).map(Enum::name).toList();
  }

  /** Opens the new-patent dialog empty. */
  public void prepareNew() {
    number = null;
    titleZh = null;
    titleEn = null;
    kind = PatentKind.INVENTION.name();
    filedOn = null;
    publishedOn = null;
    grantedOn = null;
    holder = null;
    searchReport = false;
  }

  public String record() {
    try {
      patents.recordPatent(
          project(),
          Violations.valid(
              new PatentForms.NewPatentForm(
                  number,
                  new Bilingual(titleZh, titleEn),
                  kind == null ? null : PatentKind.valueOf(kind),
                  filedOn,
                  publishedOn,
                  grantedOn,
                  holder,
                  searchReport)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("patent-form", e);
    }
    messages.info(texts.text("ipc.patent.recorded", number));
    return back();
  }

  /**
   * Opens the change dialog on a patent as the page showed it, offering only the steps its kind and
   * status allow (an ended patent offers none, and shows no button).
   */
  public void prepareChange(PatentView p) {
    patentId = p.id().toString();
    patentVersion = p.version();
    patentNumber = p.number();
    stepOptions = stepsOf(p);
    step = stepOptions.isEmpty() ? null : stepOptions.get(0);
    stepOn = clock.today();
    stepSearchReport = false;
  }

  /** The next steps the patent office may take on this patent. */
  public List<String> stepsOf(PatentView p) {
    List<String> steps = new ArrayList<>();
    for (PatentStatus to : PatentStatus.values()) {
      if (p.status().canChangeTo(to, p.kind())) {
        steps.add(to.name());
      }
    }
    if (p.status() == PatentStatus.PUBLISHED && !p.searchReport()) {
      steps.add(1, SEARCH_REPORT);
    }
    return steps;
  }

  public String change() {
    UUID id = UUID.fromString(patentId);
    try {
      if (SEARCH_REPORT.equals(step)) {
        patent.recordSearchReport(id, patentVersion);
      } else if (PatentStatus.PUBLISHED.name().equals(step)) {
        patent.recordPublication(
            id,
            patentVersion,
            Violations.valid(new PatentForms.PublicationForm(stepOn, stepSearchReport)));
      } else if (PatentStatus.GRANTED.name().equals(step)) {
        patent.recordGrant(id, patentVersion, Violations.valid(new PatentForms.GrantForm(stepOn)));
      } else {
        patent.recordEnd(
            id,
            patentVersion,
            Violations.valid(
                new PatentForms.EndForm(step == null ? null : PatentStatus.valueOf(step), stepOn)));
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("change-form", e);
    }
    messages.info(texts.text("ipc.patent.changed", patentNumber));
    return back();
  }

  /** Opens the listing dialog, its title taken from the patent the founder starts from. */
  public void prepareListing(PatentView p) {
    listingTitleZh = p.title().zh();
    listingTitleEn = p.title().en();
    summaryZh = null;
    summaryEn = null;
  }

  public String list() {
    ListingView created;
    try {
      created =
          listings.listTechnology(
              Violations.valid(
                  new PatentForms.NewListingForm(
                      project(),
                      new Bilingual(listingTitleZh, listingTitleEn),
                      new BilingualParagraph(summaryZh, summaryEn))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("listing-form", e);
    }
    messages.info(texts.text("ipc.listing.created"));
    return "/app/listing?faces-redirect=true&id=" + created.id();
  }

  private String back() {
    return "/app/project?faces-redirect=true&id=" + project() + "&tab=patents";
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(LocalDate filedOn) {
    this.filedOn = filedOn;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }

  public LocalDate getGrantedOn() {
    return grantedOn;
  }

  public void setGrantedOn(LocalDate grantedOn) {
    this.grantedOn = grantedOn;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public boolean isSearchReport() {
    return searchReport;
  }

  public void setSearchReport(boolean searchReport) {
    this.searchReport = searchReport;
  }

  public String getPatentNumber() {
    return patentNumber;
  }

  public List<String> getStepOptions() {
    return stepOptions;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public boolean isStepDated() {
    return !SEARCH_REPORT.equals(step);
  }

  public LocalDate getStepOn() {
    return stepOn;
  }

  public void setStepOn(LocalDate stepOn) {
    this.stepOn = stepOn;
  }

  public boolean isStepSearchReport() {
    return stepSearchReport;
  }

  public void setStepSearchReport(boolean stepSearchReport) {
    this.stepSearchReport = stepSearchReport;
  }

  public String getListingTitleZh() {
    return listingTitleZh;
  }

  public void setListingTitleZh(String listingTitleZh) {
    this.listingTitleZh = listingTitleZh;
  }

  public String getListingTitleEn() {
    return listingTitleEn;
  }

  public void setListingTitleEn(String listingTitleEn) {
    this.listingTitleEn = listingTitleEn;
  }

  public String getSummaryZh() {
    return summaryZh;
  }

  public void setSummaryZh(String summaryZh) {
    this.summaryZh = summaryZh;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String summaryEn) {
    this.summaryEn = summaryEn;
  }
}
