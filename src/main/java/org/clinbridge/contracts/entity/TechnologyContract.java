package org.clinbridge.contracts.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.money.Money;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Project;

/**
 * A technology contract of a project and its registration. Edited only as a draft; then submitted,
 * reviewed within a deadline counted from the start of the review, and registered (with the
 * registration number and the certified technical income) or not registered (with the reason).
 */
@Entity
@Table(name = "technology_contract")
public class TechnologyContract {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technology_contract_seq")
  @SequenceGenerator(
      name = "technology_contract_seq",
      sequenceName = "technology_contract_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ContractType type;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_party", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderColumn(name = "position")
  private List<ContractParty> parties = new ArrayList<>();

  @Column(nullable = false, precision = 18, scale = 2)
  private BigDecimal amount;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ContractState state;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "review_started_on")
  private LocalDate reviewStartedOn;

  @Column(name = "review_due_on")
  private LocalDate reviewDueOn;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "registration_number", length = 40)
  private String registrationNumber;

  @Column(name = "certified_income", precision = 18, scale = 2)
  private BigDecimal certifiedIncome;

  @Column(name = "not_registered_reason", length = 2000)
  private String notRegisteredReason;

  /** What the office asked to correct when it last sent the contract back. */
  @Column(name = "returned_reason", length = 2000)
  private String returnedReason;

  @Column(name = "returned_on")
  private LocalDate returnedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected TechnologyContract() {}

  public TechnologyContract(
      Project project,
      ContractType type,
      BilingualText title,
      List<ContractParty> parties,
      BigDecimal amount,
      LocalDate signedOn,
      OffsetDateTime at,
      LocalDate today) {
    project.requireOpen();
    this.publicId = UUID.randomUUID();
    this.project = project;
    this.state = ContractState.DRAFT;
    this.createdAt = at;
    revise(type, title, parties, amount, signedOn, today);
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Project project() {
    return project;
  }

  public ContractType type() {
    return type;
  }

  public BilingualText title() {
    return title;
  }

  public List<ContractParty> parties() {
    return List.copyOf(parties);
  }

  public BigDecimal amount() {
    return amount;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public ContractState state() {
    return state;
  }

  public LocalDate submittedOn() {
    return submittedOn;
  }

  public LocalDate reviewStartedOn() {
    return reviewStartedOn;
  }

  public LocalDate reviewDueOn() {
    return reviewDueOn;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public BigDecimal certifiedIncome() {
    return certifiedIncome;
  }

  public String returnedReason() {
    return returnedReason;
  }

  public LocalDate returnedOn() {
    return returnedOn;
  }

  public String notRegisteredReason() {
    return notRegisteredReason;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The fields an audit entry records, without empty ones. */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("project", project.publicId().toString());
    m.put("type", type.name());
    m.put("title.zh", title.zh());
    m.put("title.en", title.en());
    m.put("amount", amount.toPlainString());
    m.put("signedOn", signedOn.toString());
    m.put(
        "parties",
        String.join("; ", parties.stream().map(p -> p.role() + " " + p.name()).toList()));
    m.put("state", state.name());
    if (reviewDueOn != null) {
      m.put("reviewDueOn", reviewDueOn.toString());
    }
    if (registrationNumber != null) {
      m.put("registrationNumber", registrationNumber);
      m.put("certifiedIncome", certifiedIncome.toPlainString());
    }
    if (returnedReason != null) {
      m.put("returnedReason", returnedReason);
    }
    if (notRegisteredReason != null) {
      m.put("notRegisteredReason", notRegisteredReason);
    }
    return m;
  }

  /** Days left for the review (negative once past the deadline); null when not under review. */
  public Long reviewDaysLeft(LocalDate today) {
    return state == ContractState.UNDER_REVIEW ? ChronoUnit.DAYS.between(today, reviewDueOn) : null;
  }

  public boolean reviewOverdue(LocalDate today) {
    return state == ContractState.UNDER_REVIEW && today.isAfter(reviewDueOn);
  }

  /**
   * Changes a draft, or a contract the office sent back; once submitted the contract is what the
   * office reviews.
   */
  public void revise(
      ContractType type,
      BilingualText title,
      List<ContractParty> parties,
      BigDecimal amount,
      LocalDate signedOn,
      LocalDate today) {
    if (state != ContractState.DRAFT && state != ContractState.RETURNED) {
      throw new ContractRefused(state, ContractState.DRAFT);
    }
    boolean seller = parties.stream().anyMatch(p -> p.role() == PartyRole.SELLER);
    boolean buyer = parties.stream().anyMatch(p -> p.role() == PartyRole.BUYER);
    if (!seller || !buyer) {
      throw ProblemException.invalidField("parties", "contract.parties.both-sides");
    }
    if (signedOn.isAfter(today)) {
      throw ProblemException.invalidField("signedOn", "date.future");
    }
    this.type = Objects.requireNonNull(type, "type");
    this.title = Objects.requireNonNull(title, "title");
    this.parties.clear();
    this.parties.addAll(parties);
    this.amount = Money.positive("amount", amount);
    this.signedOn = signedOn;
  }

  /** Submits a draft, or submits again a corrected contract the office sent back. */
  public void submit(LocalDate today) {
    move(ContractState.SUBMITTED);
    this.submittedOn = today;
    this.reviewStartedOn = null;
    this.reviewDueOn = null;
  }

  /**
   * The office sends the contract under review back with what to correct: not a decision, the
   * project's people correct it and submit it again, and a new review period starts then.
   */
  public void sendBack(String reason, LocalDate today) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalidField("reason", "field.required");
    }
    move(ContractState.RETURNED);
    this.returnedReason = reason.trim();
    this.returnedOn = today;
  }

  /** The office starts its review; the decision is due {@code reviewDays} days later. */
  public void startReview(LocalDate today, int reviewDays) {
    move(ContractState.UNDER_REVIEW);
    this.reviewStartedOn = today;
    this.reviewDueOn = today.plusDays(reviewDays);
  }

  public void register(String registrationNumber, BigDecimal certifiedIncome, LocalDate today) {
    if (state == ContractState.UNDER_REVIEW) {
      if (registrationNumber == null || registrationNumber.isBlank()) {
        throw ProblemException.invalidField("registrationNumber", "field.required");
      }
      BigDecimal income = Money.nonNegative("certifiedIncome", certifiedIncome);
      if (income.compareTo(amount) > 0) {
        throw ProblemException.invalidField("certifiedIncome", "contract.income.above-amount");
      }
      this.certifiedIncome = income;
      this.registrationNumber = registrationNumber.trim();
    }
    move(ContractState.REGISTERED);
    this.decidedOn = today;
  }

  public void refuse(String reason, LocalDate today) {
    if (state == ContractState.UNDER_REVIEW && (reason == null || reason.isBlank())) {
      throw ProblemException.invalidField("reason", "field.required");
    }
    move(ContractState.NOT_REGISTERED);
    this.notRegisteredReason = reason.trim();
    this.decidedOn = today;
  }

  private void move(ContractState to) {
    if (!state.canChangeTo(to)) {
      throw new ContractRefused(state, to);
    }
    this.state = to;
  }
}
