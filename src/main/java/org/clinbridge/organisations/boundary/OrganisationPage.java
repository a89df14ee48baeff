package org.clinbridge.organisations.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;

/**
 * Registers an organisation or edits one (app/organisation.xhtml, {@code ?id=} to edit). The page
 * builds the API's own form records and runs the API's own use cases, so Bean Validation, the USCC
 * check and every problem read exactly as the API's 400/409/412 answers do, in the session's
 * language. The version read when the page opened plays the part of {@code If-Match}: a change
 * someone saved meanwhile is refused, not overwritten.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject OrganisationsResource organisations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private OrganisationView existing;
  private OrganisationKind kind;
  private String nameZh;
  private String nameEn;
  private String uscc;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private String contactAddress;
  private String reason;

  /** The page's guard and loader ({@code f:viewAction}). */
  public void load() {
    if (!Pages.require(caller.isDistrictAdmin())
        || id == null
        || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      existing = organisations.read(Pages.id(id));
    } catch (ProblemException e) {
      Pages.fail(e);
      return;
    }
    kind = existing.kind();
    nameZh = existing.name().zh();
    nameEn = existing.name().en();
    uscc = existing.uscc();
    var c = existing.contact();
    if (c != null) {
      contactName = c.name();
      contactEmail = c.email();
      contactPhone = c.phone();
      contactAddress = c.address();
    }
  }

  public String save() {
    if (!Pages.require(caller.isDistrictAdmin())) {
      return null;
    }
    var name = new Bilingual(nameZh, nameEn);
    var contact =
        new OrganisationForm.Contact(contactName, contactEmail, contactPhone, contactAddress);
    try {
      if (existing == null) {
        organisations.register(Violations.valid(new OrganisationForm(kind, name, uscc, contact)));
      } else {
        UUID publicId = existing.id();
        organisations.change(
            publicId,
            Long.toString(existing.version()),
            Violations.valid(new OrganisationUpdate(name, contact)));
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("organisation", e);
    }
    messages.info(texts.text("organisation.saved", nameEn, nameZh));
    return "/app/organisations?faces-redirect=true";
  }

  /** Opens the deactivate dialog with an empty reason. */
  public void prepareDeactivate() {
    reason = null;
  }

  /** Deactivates the organisation with the reason from the dialog; the API's message if refused. */
  public String deactivate() {
    if (!Pages.require(caller.isDistrictAdmin())) {
      return null;
    }
    try {
      organisations.deactivate(existing.id(), Violations.valid(new ReasonForm(reason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("deactivate", e);
    }
    messages.info(
        texts.text("organisation.deactivated", existing.name().en(), existing.name().zh()));
    return "/app/organisation?faces-redirect=true&id=" + existing.id();
  }

  public String reactivate() {
    if (!Pages.require(caller.isDistrictAdmin())) {
      return null;
    }
    try {
      organisations.reactivate(existing.id());
    } catch (ProblemException e) {
      return messages.show("organisation", e);
    }
    messages.info(
        texts.text("organisation.reactivated", existing.name().en(), existing.name().zh()));
    return "/app/organisation?faces-redirect=true&id=" + existing.id();
  }

  /** Hospitals have departments; the page shows them below the organisation's details. */
  public boolean isHospital() {
    return existing != null && existing.kind() == OrganisationKind.HOSPITAL;
  }

  public boolean isEditing() {
    return existing != null;
  }

  public OrganisationView getExisting() {
    return existing;
  }

  public List<OrganisationKind> getKinds() {
    return List.of(OrganisationKind.values());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
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

  public String getUscc() {
    return uscc;
  }

  public void setUscc(String uscc) {
    this.uscc = uscc;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public void setContactAddress(String contactAddress) {
    this.contactAddress = contactAddress;
  }
}
