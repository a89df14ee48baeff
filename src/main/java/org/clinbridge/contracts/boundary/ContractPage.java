package org.clinbridge.contracts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.clinbridge.contracts.entity.ContractState;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * One technology contract (app/contract.xhtml?id=): parties, amount, the registration's dates and
 * deadline, what the office asked to correct or why it refused, and the history. The project's
 * people change and submit a draft or a returned contract; the registration office (district
 * administrators, as the API allows) starts the review, registers the contract with its number and
 * certified technical income, sends it back with what to correct, or refuses it.
 */
@Named("contractPage")
@ViewScoped
public class ContractPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ContractsResource contracts;
  @Inject ProjectAccess access;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private transient ContractView contract;
  private transient Boolean editing;

  private String registrationNumber;
  private BigDecimal certifiedIncome;
  private String reason;

  public void load() {
    try {
      getContract();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  private UUID uuid() {
    return Pages.id(id);
  }

  public ContractView getContract() {
    if (contract == null) {
      contract = contracts.read(uuid());
    }
    return contract;
  }

  /** The project's people may change and submit the contract while it is a draft or returned. */
  public boolean isEditable() {
    ContractState s = getContract().state();
    if (s != ContractState.DRAFT && s != ContractState.RETURNED) {
      return false;
    }
    if (editing == null) {
      editing = access.canEdit(access.visible(getContract().project().id()));
    }
    return editing;
  }

  /** The registration office: district administrators, the only role the review steps allow. */
  public boolean isOffice() {
    return caller.isDistrictAdmin();
  }

  public String submit() {
    return run(() -> contracts.submitContract(uuid()), "list", "contracts.submitted");
  }

  public String startReview() {
    return run(() -> contracts.startContractReview(uuid()), "list", "contract.review-started");
  }

  /** Opens the registration dialog with the whole amount as the income, to be certified. */
  public void prepareRegister() {
    registrationNumber = null;
    certifiedIncome = getContract().amount();
  }

  public String register() {
    return run(
        () ->
            contracts.registerContract(
                uuid(),
                Violations.valid(
                    new ContractForms.RegistrationForm(registrationNumber, certifiedIncome))),
        "register-form",
        "contract.registered");
  }

  public void prepareReason() {
    reason = null;
  }

  public String sendBack() {
    return run(
        () ->
            contracts.returnContract(
                uuid(), Violations.valid(new ContractForms.RefusalForm(reason))),
        "return-form",
        "contract.returned");
  }

  public String refuse() {
    return run(
        () ->
            contracts.refuseContract(
                uuid(), Violations.valid(new ContractForms.RefusalForm(reason))),
        "refuse-form",
        "contract.refused");
  }

  private String run(Runnable step, String form, String done) {
    try {
      step.run();
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show(form, e);
    }
    messages.info(texts.text(done));
    return "/app/contract?faces-redirect=true&id=" + uuid();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public BigDecimal getCertifiedIncome() {
    return certifiedIncome;
  }

  public void setCertifiedIncome(BigDecimal certifiedIncome) {
    this.certifiedIncome = certifiedIncome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
