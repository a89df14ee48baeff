package org.clinbridge.projects.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;

/**
 * The stage gates as data: every signed-in person reads what each gate asks for (a start-up
 * prepares its evidence from it); a district administrator changes a gate in a dialog, against the
 * version the page showed, as the API's If-Match. A change applies to moves from then on.
 */
@Named("stageGatesPage")
@ViewScoped
public class StageGatesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StageGatesResource gates;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient List<StageGatesResource.StageGateView> list;

  private String gate;
  private long version;
  private String nameZh;
  private String nameEn;
  private Integer minTrl;
  private List<EvidenceRow> evidence = new ArrayList<>();

  /** One kind of evidence in the edit dialog. */
  public static class EvidenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String zh;
    private String en;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getZh() {
      return zh;
    }

    public void setZh(String zh) {
      this.zh = zh;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en;
    }
  }

  public List<StageGatesResource.StageGateView> getGates() {
    if (list == null) {
      list = gates.list().items();
    }
    return list;
  }

  /** District administrators change gates (the API's rule). */
  public boolean isChanging() {
    return caller.isDistrictAdmin();
  }

  public void prepareEdit(StageGatesResource.StageGateView g) {
    gate = g.gate().name();
    version = g.version();
    nameZh = g.name().zh();
    nameEn = g.name().en();
    minTrl = g.minTrl();
    evidence = new ArrayList<>();
    for (StageGatesResource.GateEvidenceView e : g.evidence()) {
      EvidenceRow row = new EvidenceRow();
      row.code = e.code();
      row.zh = e.name().zh();
      row.en = e.name().en();
      evidence.add(row);
    }
  }

  public void addEvidence() {
    evidence.add(new EvidenceRow());
  }

  public void removeEvidence(int index) {
    if (index >= 0 && index < evidence.size()) {
      evidence.remove(index);
    }
  }

  public String save() {
    List<StageGatesResource.GateEvidenceView> asked =
        evidence.stream()
            .map(
                r ->
                    new StageGatesResource.GateEvidenceView(
                        blankToNull(r.code), new Bilingual(blankToNull(r.zh), blankToNull(r.en))))
            .toList();
    try {
      gates.change(
          gate,
          version,
          Violations.valid(
              new StageGatesResource.StageGateForm(
                  new Bilingual(nameZh, nameEn), minTrl, new ArrayList<>(asked))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("gate-form", e);
    }
    messages.info(texts.text("gates.saved"));
    return "/app/stage-gates?faces-redirect=true";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public List<Integer> getTrlLevels() {
    return java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList();
  }

  public String getGate() {
    return gate;
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

  public Integer getMinTrl() {
    return minTrl;
  }

  public void setMinTrl(Integer minTrl) {
    this.minTrl = minTrl;
  }

  public List<EvidenceRow> getEvidence() {
    return evidence;
  }
}
