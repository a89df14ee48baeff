package org.clinbridge.projects.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/** Builders for the projects domain tests; each test gets fresh objects. */
final class Fixtures {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
  static final Actor MANAGER = new Actor(UUID.randomUUID(), "manager.li");

  private Fixtures() {}

  static Organisation startUp() {
    return new Organisation(
        OrganisationKind.START_UP,
        new BilingualText("心擎医疗", "HeartEngine Medical"),
        "91500106MA5U8G7X26",
        NOW);
  }

  static ProjectDetails details() {
    return new ProjectDetails(
        new BilingualText("可穿戴心电监测贴", "Wearable ECG patch"),
        new BilingualText("连续七天单导联心电监测", "Seven-day single-lead ECG monitoring"),
        ProjectCategory.MEDICAL_DEVICE,
        "07",
        DeviceClass.II,
        "重庆医科大学");
  }

  static Project project(int trl) {
    return Project.register(
            "P-2026-000001", startUp(), details(), trl, null, MANAGER, T0, T0.toLocalDate())
        .project();
  }

  /** Gates as seeded by the migration (see V30). */
  static Map<Gate, StageGate> seededGates() {
    Map<Gate, StageGate> gates = new EnumMap<>(Gate.class);
    gates.put(Gate.PROOF_OF_CONCEPT, gate(Gate.PROOF_OF_CONCEPT, 3, "CONCEPT_FORMULATED"));
    gates.put(Gate.PILOT_MATURATION, gate(Gate.PILOT_MATURATION, 4, "POC_REPORT", "IP_FILED"));
    gates.put(
        Gate.APPLICATION,
        gate(
            Gate.APPLICATION,
            7,
            "DESIGN_FREEZE",
            "TYPE_TEST_REPORT",
            "CLINICAL_EVALUATION",
            "QUALITY_SYSTEM"));
    gates.put(
        Gate.GRADUATION,
        gate(Gate.GRADUATION, 8, "REGISTRATION_CERTIFICATE", "FIRST_SALES_OR_ADOPTION"));
    return gates;
  }

  static StageGate gate(Gate gate, int minTrl, String... codes) {
    List<GateEvidence> evidence = new ArrayList<>();
    for (String c : codes) {
      evidence.add(new GateEvidence(c, new BilingualText(c + "（中文）", c.toLowerCase())));
    }
    return new StageGate(gate, new BilingualText("闸口" + gate, "gate " + gate), minTrl, evidence);
  }

  /** Evidence of every kind the gate asks for. */
  static List<Evidence> allEvidenceFor(StageGate gate) {
    return gate.evidence().stream().map(e -> new Evidence(e.code(), "DOC-" + e.code())).toList();
  }

  /** A TRL-9 project walked through every gate to {@code stage}, then put into {@code status}. */
  static Project at(Stage stage, ProjectStatus status) {
    Map<Gate, StageGate> gates = seededGates();
    Project p = project(9);
    for (Stage s : Stage.values()) {
      if (s.ordinal() == 0 || s.ordinal() > stage.ordinal()) {
        continue;
      }
      StageGate g = gates.get(Gate.entering(s));
      p.moveTo(s, g, allEvidenceFor(g), null, MANAGER, T0);
    }
    switch (status) {
      case ACTIVE -> {}
      case ON_HOLD -> p.hold("waiting for funding", MANAGER, T0);
      case TERMINATED -> p.terminate("no market", MANAGER, T0);
      case GRADUATED -> {
        StageGate g = gates.get(Gate.GRADUATION);
        p.graduate(g, allEvidenceFor(g), null, MANAGER, T0);
      }
    }
    return p;
  }
}
