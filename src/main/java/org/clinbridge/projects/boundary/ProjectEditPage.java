package org.clinbridge.projects.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.boundary.OrganisationView;
import org.clinbridge.organisations.boundary.OrganisationsResource;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.reference.boundary.SubcatalogueView;
import org.clinbridge.reference.boundary.SubcataloguesResource;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * Registers a project or edits what it is about (app/project-edit.xhtml, {@code ?id=} to edit), and
 * the owner's consent to be found by hospitals and matching. The page builds the API's own form
 * records and runs its use cases, so the same rules and problems apply; the version read when the
 * page opened is the {@code If-Match} of the change.
 */
@Named
@ViewScoped
public class ProjectEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectsResource projects;
  @Inject SubcataloguesResource subcatalogues;
  @Inject OrganisationsResource organisations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private ProjectView existing;
  private String titleZh;
  private String titleEn;
  private String summaryZh;
  private String summaryEn;
  private ProjectCategory category;
  private String subcatalogue;
  private DeviceClass expectedClass;
  private String sourceInstitution;
  private Integer trl;
  private String trlEvidence;
  private String owner;
  private boolean findable;

  private transient List<SubcatalogueView> subcatalogueOptions;
  private transient List<OrganisationView> ownerOptions;

  /** The page's guard and loader ({@code f:viewAction}). */
  public void load() {
    boolean mayOpen =
        id == null
            ? caller.has(Role.START_UP_MEMBER) || caller.isDistrictAdmin()
            : caller.has(Role.START_UP_MEMBER)
                || caller.has(Role.TECH_MANAGER)
                || caller.isDistrictAdmin();
    if (!Pages.require(mayOpen) || id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      existing = projects.read(Pages.id(id));
    } catch (ProblemException e) {
      Pages.fail(e);
      return;
    }
    titleZh = existing.title().zh();
    titleEn = existing.title().en();
    summaryZh = existing.summary().zh();
    summaryEn = existing.summary().en();
    category = existing.category();
    subcatalogue = existing.subcatalogue();
    expectedClass = existing.expectedClass();
    sourceInstitution = existing.sourceInstitution();
    trl = existing.trl();
    findable = existing.findable();
  }

  public String save() {
    var title = new Bilingual(titleZh, titleEn);
    var summary = new BilingualParagraph(summaryZh, summaryEn);
    String institution = blankToNull(sourceInstitution);
    String code = blankToNull(subcatalogue);
    UUID target;
    try {
      if (existing == null) {
        UUID ownerId = caller.isDistrictAdmin() && owner != null ? Pages.id(owner) : null;
        Project p =
            projects.register(
                Violations.valid(
                    new NewProjectForm(
                        title,
                        summary,
                        category,
                        code,
                        expectedClass,
                        institution,
                        trl,
                        blankToNull(trlEvidence),
                        ownerId,
                        null)));
        target = p.publicId();
      } else {
        target = existing.id();
        projects.update(
            target,
            Long.toString(existing.version()),
            Violations.valid(
                new ProjectForm(title, summary, category, code, expectedClass, institution)));
      }
      if (isConsentEditable() && (existing == null ? findable : findable != existing.findable())) {
        projects.findable(target, new MoveForms.FindableForm(findable));
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("project", e);
    }
    messages.info(texts.text("project.saved", titleEn, titleZh));
    return "/app/project?faces-redirect=true&id=" + target;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public boolean isEditing() {
    return existing != null;
  }

  /** Only the owner's members (or a district administrator) give or take back the consent. */
  public boolean isConsentEditable() {
    return caller.isDistrictAdmin()
        || (caller.has(Role.START_UP_MEMBER)
            && (existing == null || existing.owner().id().equals(caller.organisationId())));
  }

  /** District administrators register projects for a start-up and must say which. */
  public boolean isOwnerChoice() {
    return existing == null && caller.isDistrictAdmin();
  }

  public List<SubcatalogueView> getSubcatalogueOptions() {
    if (subcatalogueOptions == null) {
      subcatalogueOptions = subcatalogues.list(200, null).items();
    }
    return subcatalogueOptions;
  }

  /** The active start-ups a district administrator may register a project for (first 200). */
  public List<OrganisationView> getOwnerOptions() {
    if (ownerOptions == null) {
      ownerOptions =
          isOwnerChoice()
              ? organisations.list("START_UP", "true", null, 200, null).items()
              : List.of();
    }
    return ownerOptions;
  }

  public List<ProjectCategory> getCategoryOptions() {
    return List.of(ProjectCategory.values());
  }

  public List<DeviceClass> getClassOptions() {
    return List.of(DeviceClass.values());
  }

  public List<Integer> getTrlOptions() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  public ProjectView getExisting() {
    return existing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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

  public ProjectCategory getCategory() {
    return category;
  }

  public void setCategory(ProjectCategory category) {
    this.category = category;
  }

  public String getSubcatalogue() {
    return subcatalogue;
  }

  public void setSubcatalogue(String subcatalogue) {
    this.subcatalogue = subcatalogue;
  }

  public DeviceClass getExpectedClass() {
    return expectedClass;
  }

  public void setExpectedClass(DeviceClass expectedClass) {
    this.expectedClass = expectedClass;
  }

  public String getSourceInstitution() {
    return sourceInstitution;
  }

  public void setSourceInstitution(String sourceInstitution) {
    this.sourceInstitution = sourceInstitution;
  }

  public Integer getTrl() {
    return trl;
  }

  public void setTrl(Integer trl) {
    this.trl = trl;
  }

  public String getTrlEvidence() {
    return trlEvidence;
  }

  public void setTrlEvidence(String trlEvidence) {
    this.trlEvidence = trlEvidence;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public boolean isFindable() {
    return findable;
  }

  public void setFindable(boolean findable) {
    this.findable = findable;
  }
}
