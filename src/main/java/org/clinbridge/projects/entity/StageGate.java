package org.clinbridge.projects.entity;

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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;

/**
 * What a project must show to pass a gate: a minimum TRL and the kinds of evidence. Seeded by a
 * migration from the domain brief and changed by a district administrator, never in code, because
 * the district's rules change more often than releases.
 */
@Entity
@Table(name = "stage_gate")
public class StageGate {
  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Gate gate;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private BilingualText name;

  @Column(name = "min_trl", nullable = false)
  private int minTrl;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "stage_gate_evidence", joinColumns = @JoinColumn(name = "gate"))
  @OrderColumn(name = "position")
  private List<GateEvidence> evidence = new ArrayList<>();

  @Version private long version;

  protected StageGate() {}

  public StageGate(Gate gate, BilingualText name, int minTrl, List<GateEvidence> evidence) {
    this.gate = Objects.requireNonNull(gate, "gate");
    change(name, minTrl, evidence);
  }

  public Gate gate() {
    return gate;
  }

  public BilingualText name() {
    return name;
  }

  public int minTrl() {
    return minTrl;
  }

  public List<GateEvidence> evidence() {
    return List.copyOf(evidence);
  }

  public long version() {
    return version;
  }

  /** An administrator's change of what the gate asks for. */
  public void change(BilingualText name, int minTrl, List<GateEvidence> evidence) {
    if (minTrl < 1 || minTrl > 9) {
      throw ProblemException.invalidField("minTrl", "trl.range");
    }
    Set<String> codes = new HashSet<>();
    for (GateEvidence e : evidence) {
      if (!codes.add(e.code())) {
        throw ProblemException.invalidField("evidence", "stage-gate.evidence.duplicate", e.code());
      }
    }
    this.name = Objects.requireNonNull(name, "name");
    this.minTrl = minTrl;
    this.evidence.clear();
    this.evidence.addAll(evidence);
  }

  /** The evidence kinds the gate asks for that {@code given} lacks, in the gate's order. */
  public List<GateEvidence> missing(Collection<Evidence> given) {
    Set<String> kinds = new HashSet<>();
    for (Evidence e : given) {
      kinds.add(e.kind());
    }
    return evidence.stream().filter(e -> !kinds.contains(e.code())).toList();
  }

  /**
   * Passes when the project is at {@link #minTrl()} or above and every kind of evidence is given.
   */
  public void requireMetBy(int trl, Collection<Evidence> given) {
    List<GateEvidence> missing = missing(given);
    if (trl < minTrl || !missing.isEmpty()) {
      throw new StageGateNotMet(this, trl, missing);
    }
  }
}
