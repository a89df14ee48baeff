package org.clinbridge.licensing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;

/**
 * One licence application (app/licence-application.xhtml?id=): where it stands, the authority's
 * statutory clock, the documents checklist, the letters with the authority and every state change.
 * The API's use cases, so the same visibility: an application the caller may not see is not found.
 */
@Named("licenceApplicationPage")
@ViewScoped
public class LicenceApplicationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An application has a few dozen letters at most; one page shows them all. */
  static final int LETTERS = 200;

  @Inject LicenceApplicationsResource applications;

  private String id;
  private transient LicenceViews.ApplicationView shown;
  private transient LicenceViews.ChecklistView checklist;
  private transient List<LicenceViews.CorrespondenceView> letters;
  private transient List<LicenceViews.EventView> history;

  /** The page's loader ({@code f:viewAction}). */
  public void load() {
    try {
      UUID key = Pages.id(id);
      shown = applications.view(key);
      checklist = applications.documents(key);
      letters = applications.correspondence(key, LETTERS, null).items();
      history = applications.history(key).items();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public LicenceViews.ApplicationView getShown() {
    return shown;
  }

  public LicenceViews.ChecklistView getChecklist() {
    return checklist;
  }

  public List<LicenceViews.CorrespondenceView> getLetters() {
    return letters == null ? List.of() : letters;
  }

  public List<LicenceViews.EventView> getHistory() {
    return history == null ? List.of() : history;
  }

  /** The timeline CSV (the API's, with the session). */
  public String getTimelinePath() {
    return "/api/licence-applications/" + shown.id() + "/timeline.csv";
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
