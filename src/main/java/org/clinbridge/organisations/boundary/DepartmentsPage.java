package org.clinbridge.organisations.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * A hospital's departments: listed, added with a bilingual name, renamed and deactivated through
 * the API's own use cases. Its own page (app/departments.xhtml) serves a hospital's organisation
 * administrator, for their own hospital; district administrators see the same section on the
 * organisation page, or this page with {@code ?organisation=}.
 */
@Named
@ViewScoped
public class DepartmentsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Departments read per request while listing them all; a hospital has a few dozen at most. */
  private static final int BATCH = 200;

  @Inject DepartmentsResource departments;
  @Inject OrganisationsResource organisations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String organisation;
  private OrganisationView hospital;
  private List<DepartmentView> rows = List.of();
  private String nameZh;
  private String nameEn;
  private UUID selected;
  private long selectedVersion;
  private String renameZh;
  private String renameEn;
  private String reason;

  /** The guard and loader of app/departments.xhtml ({@code f:viewAction}). */
  public void load() {
    if (!Pages.require(caller.isDistrictAdmin() || caller.has(Role.ORG_ADMIN))
        || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    String target = organisation;
    if (target == null || target.isBlank()) {
      if (caller.isDistrictAdmin()) {
        // A district administrator reaches departments through an organisation: pick one there.
        Pages.redirect("/app/organisations.xhtml");
        return;
      }
      target = caller.organisationId().toString();
    }
    open(target);
  }

  /** The loader of the departments section on the organisation page (district administrators). */
  public void loadFor(String organisationId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    // The organisation page's own loader may already have answered (403, 404).
    if (organisationId == null
        || !caller.isDistrictAdmin()
        || faces.isPostback()
        || faces.getResponseComplete()) {
      return;
    }
    open(organisationId);
  }

  private void open(String organisationId) {
    try {
      hospital = organisations.read(Pages.id(organisationId));
      // Another organisation's admin reads it as not found (see visible), an admin of a
      // non-hospital gets the page with its explanation instead of a list.
      refresh();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  private void refresh() {
    if (!isKindHospital()) {
      rows = List.of();
      return;
    }
    List<DepartmentView> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<DepartmentView> page = departments.list(hospital.id(), BATCH, cursor);
      all.addAll(page.items());
      cursor = page.next();
    } while (cursor != null);
    rows = all;
  }

  /** May the caller change this hospital's departments: a district admin, or its ORG_ADMIN. */
  public boolean isManaging() {
    return hospital != null
        && (caller.isDistrictAdmin()
            || (caller.has(Role.ORG_ADMIN) && hospital.id().equals(caller.organisationId())));
  }

  public boolean isKindHospital() {
    return hospital != null && hospital.kind() == OrganisationKind.HOSPITAL;
  }

  public String add() {
    try {
      departments.add(
          hospital.id(), Violations.valid(new DepartmentForm(new Bilingual(nameZh, nameEn))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("departments", e);
    }
    messages.info(texts.text("department.added", nameEn, nameZh));
    return again();
  }

  /** Opens the rename dialog on a department, with its names and the version read. */
  public void prepareRename(DepartmentView d) {
    selected = d.id();
    selectedVersion = d.version();
    renameZh = d.name().zh();
    renameEn = d.name().en();
  }

  public String rename() {
    try {
      departments.change(
          hospital.id(),
          selected,
          Long.toString(selectedVersion),
          Violations.valid(new DepartmentForm(new Bilingual(renameZh, renameEn))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("rename", e);
    }
    messages.info(texts.text("department.renamed", renameEn, renameZh));
    return again();
  }

  /** Opens the deactivate dialog on a department, with an empty reason. */
  public void prepareDeactivate(DepartmentView d) {
    selected = d.id();
    selectedVersion = d.version();
    renameZh = d.name().zh();
    renameEn = d.name().en();
    reason = null;
  }

  public String deactivate() {
    try {
      departments.deactivate(hospital.id(), selected, Violations.valid(new ReasonForm(reason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("deactivate-department", e);
    }
    messages.info(texts.text("department.deactivated", renameEn, renameZh));
    return again();
  }

  /** The same page afresh after a change, so a reload does not repeat the post. */
  private static String again() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  public OrganisationView getHospital() {
    return hospital;
  }

  public List<DepartmentView> getRows() {
    return rows;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
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

  public String getRenameZh() {
    return renameZh;
  }

  public void setRenameZh(String renameZh) {
    this.renameZh = renameZh;
  }

  public String getRenameEn() {
    return renameEn;
  }

  public void setRenameEn(String renameEn) {
    this.renameEn = renameEn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
