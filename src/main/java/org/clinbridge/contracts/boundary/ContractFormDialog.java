package org.clinbridge.contracts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.contracts.entity.ContractType;
import org.clinbridge.contracts.entity.PartyRole;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The contract dialog (WEB-INF/includes/contract-form.xhtml) of the project's contracts page and of
 * the contract page: a new draft with its parties, or a draft or returned contract changed against
 * the version the page showed (as the API's If-Match). Either way the browser then shows the
 * contract's own page.
 */
@Named("contractForm")
@ViewScoped
public class ContractFormDialog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectContractsResource projectContracts;
  @Inject ContractsResource contracts;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private UUID project;
  private UUID contractId;
  private long contractVersion;
  private String type;
  private String titleZh;
  private String titleEn;
  private BigDecimal amount;
  private LocalDate signedOn;
  private List<PartyRow> parties = new ArrayList<>();

  /** One party as typed in the dialog; a blank credit code is none. */
  public static class PartyRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String role;
    private String name;
    private String uscc;

    PartyRow(String role, String name, String uscc) {
      this.role = role;
      this.name = name;
      this.uscc = uscc;
    }

    ContractForms.PartyForm form() {
      return new ContractForms.PartyForm(
          role == null ? null : PartyRole.valueOf(role),
          name,
          uscc == null || uscc.isBlank() ? null : uscc.strip());
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getUscc() {
      return uscc;
    }

    public void setUscc(String uscc) {
      this.uscc = uscc;
    }
  }

  /** Opens the dialog empty: a seller and a buyer to name, signed today. */
  public void prepareNew(UUID projectId) {
    project = projectId;
    contractId = null;
    type = ContractType.LICENCE.name();
    titleZh = null;
    titleEn = null;
    amount = null;
    signedOn = clock.today();
    parties = new ArrayList<>();
    parties.add(new PartyRow(PartyRole.SELLER.name(), null, null));
    parties.add(new PartyRow(PartyRole.BUYER.name(), null, null));
  }

  /** Opens the dialog on the contract as the page showed it. */
  public void prepareEdit(ContractView c) {
    project = c.project().id();
    contractId = c.id();
    contractVersion = c.version();
    type = c.type().name();
    titleZh = c.title().zh();
    titleEn = c.title().en();
    amount = c.amount();
    signedOn = c.signedOn();
    parties = new ArrayList<>();
    for (ContractForms.PartyForm p : c.parties()) {
      parties.add(new PartyRow(p.role().name(), p.name(), p.uscc()));
    }
  }

  public boolean isNew() {
    return contractId == null;
  }

  public void addParty() {
    parties.add(new PartyRow(PartyRole.INTERMEDIARY.name(), null, null));
  }

  public void removeParty(PartyRow row) {
    parties.remove(row);
  }

  public String save() {
    ContractView saved;
    try {
      ContractForms.ContractForm form =
          Violations.valid(
              new ContractForms.ContractForm(
                  type == null ? null : ContractType.valueOf(type),
                  new Bilingual(titleZh, titleEn),
                  parties.stream().map(PartyRow::form).toList(),
                  amount,
                  signedOn));
      saved =
          isNew()
              ? projectContracts.draftContract(project, form)
              : contracts.reviseContract(contractId, contractVersion, form);
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("contract-form", e);
    }
    messages.info(texts.text(isNew() ? "contracts.drafted" : "contracts.changed"));
    return "/app/contract?faces-redirect=true&id=" + saved.id();
  }

  public List<String> getTypeOptions() {
    return Arrays.stream(ContractType.values()).map(Enum::name).toList();
  }

  public List<String> getRoleOptions() {
    return Arrays.stream(PartyRole.values()).map(Enum::name).toList();
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
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

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }
}
