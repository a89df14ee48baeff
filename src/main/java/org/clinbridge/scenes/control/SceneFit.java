package org.clinbridge.scenes.control;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a project fits a scene, how well, and why: the one place the acceptance rules of a scene
 * are written, used both to refuse an application and to rank recommendations. Pure, so that each
 * rule is tested on its own.
 *
 * <p>Hard rules (an application must pass all): sub-catalogue accepted, device class accepted, TRL
 * inside the range, registration certificate held when required, application window open, a slot
 * left (an accepted project takes one; a full scene takes no more applications). The score ranks
 * fits: an explicit sub-catalogue or class match weighs more than "accepts any", and a TRL in the
 * middle of the range more than at its edge.
 */
public final class SceneFit {
  private SceneFit() {}

  /** What a scene asks for. Empty sets accept anything. */
  public record Terms(
      UUID scene,
      Set<String> subcatalogues,
      Set<String> deviceClasses,
      int trlMin,
      int trlMax,
      boolean certificateRequired,
      OffsetDateTime opensAt,
      OffsetDateTime closesAt,
      int capacity,
      int accepted) {}

  /**
   * What a project offers.
   *
   * @param deviceClass the expected device class (I, II, III), or null when unknown
   * @param certificate whether it holds a registration certificate
   */
  public record Candidate(
      UUID project, String subcatalogue, String deviceClass, int trl, boolean certificate) {}

  /** A reason, as a message key ({@code scene-fit.<code>}) with its arguments. */
  public record Reason(String code, List<Object> args) {
    public Reason {
      args = List.copyOf(args);
    }

    static Reason of(String code, Object... args) {
      return new Reason(code, List.of(args));
    }
  }

  /**
   * @param matched why it fits
   * @param missing what stands between the project and the scene; empty when it may apply
   */
  public record Fit(int score, List<Reason> matched, List<Reason> missing) {
    public boolean eligible() {
      return missing.isEmpty();
    }

    /** The first unmet rule, for a problem answer. */
    public Reason firstMissing() {
      return missing.get(0);
    }
  }

  public static Fit of(Terms t, Candidate c, OffsetDateTime now) {
    int score = 0;
    List<Reason> matched = new ArrayList<>();
    List<Reason> missing = new ArrayList<>();

    if (t.subcatalogues().isEmpty()) {
      score += 15;
      matched.add(Reason.of("subcatalogue-any"));
    } else if (c.subcatalogue() != null && t.subcatalogues().contains(c.subcatalogue())) {
      score += 30;
      matched.add(Reason.of("subcatalogue", c.subcatalogue()));
    } else {
      missing.add(
          Reason.of(
              "subcatalogue-not-accepted",
              c.subcatalogue() == null ? "-" : c.subcatalogue(),
              String.join(", ", new java.util.TreeSet<>(t.subcatalogues()))));
    }

    if (t.deviceClasses().isEmpty()) {
      score += 10;
      matched.add(Reason.of("class-any"));
    } else if (c.deviceClass() != null && t.deviceClasses().contains(c.deviceClass())) {
      score += 20;
      matched.add(Reason.of("class", c.deviceClass()));
    } else {
      missing.add(
          Reason.of(
              "class-not-accepted",
              c.deviceClass() == null ? "-" : c.deviceClass(),
              String.join(", ", new java.util.TreeSet<>(t.deviceClasses()))));
    }

    if (c.trl() < t.trlMin()) {
      missing.add(Reason.of("trl-below", c.trl(), t.trlMin()));
    } else if (c.trl() > t.trlMax()) {
      missing.add(Reason.of("trl-above", c.trl(), t.trlMax()));
    } else {
      // 25 in the middle of the range, less towards its edges.
      double mid = (t.trlMin() + t.trlMax()) / 2.0;
      double half = Math.max(1.0, (t.trlMax() - t.trlMin()) / 2.0);
      score += (int) Math.round(25 - 10 * Math.abs(c.trl() - mid) / half);
      matched.add(Reason.of("trl", c.trl(), t.trlMin(), t.trlMax()));
    }

    if (t.certificateRequired()) {
      if (c.certificate()) {
        score += 15;
        matched.add(Reason.of("certificate"));
      } else {
        missing.add(Reason.of("certificate-missing"));
      }
    }

    if (t.opensAt() == null || now.isBefore(t.opensAt())) {
      missing.add(
          Reason.of("window-not-open", t.opensAt() == null ? "-" : t.opensAt().toLocalDate()));
    } else if (!now.isBefore(t.closesAt())) {
      missing.add(Reason.of("window-closed", t.closesAt().toLocalDate()));
    } else {
      score += 10;
      matched.add(Reason.of("window-open", t.closesAt().toLocalDate()));
    }

    if (t.accepted() >= t.capacity()) {
      missing.add(Reason.of("full", t.capacity()));
    } else {
      matched.add(Reason.of("slots", t.capacity() - t.accepted(), t.capacity()));
    }
    return new Fit(score, matched, missing);
  }
}
