package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.scenes.entity.ApplicationStatus;

/**
 * The hospital's part of the scene page (WEB-INF/includes/scene-applications.xhtml): the
 * applications to the scene, filtered by status, in the API's keyset pages, and the projects that
 * fit it, ranked, with their reasons and what they miss. Shown to the scene's own hospital staff
 * (and district administrators), as the API allows; everybody else does not see the section.
 */
@Named("sceneApplications")
@ViewScoped
public class SceneApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MATCHES = 20;

  @Inject ScenesResource scenes;
  @Inject SceneApplicationsResource sceneApplications;
  @Inject Caller caller;
  @Inject Language language;

  private String sceneId;
  private Boolean shown;
  private String status;
  private transient List<MatchView> matches;

  private final KeysetDataModel<ApplicationView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ApplicationView> fetch(PageRequest request) {
          return sceneApplications.forScene(sceneId(), status, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(ApplicationView row) {
          return row.id().toString();
        }
      };

  /** The scene of the page ({@link SceneDetailPage#idOnThisPage()}), read once per view. */
  String sceneId() {
    if (sceneId == null) {
      sceneId = SceneDetailPage.idOnThisPage();
    }
    return sceneId;
  }

  /** Staff of the scene's own hospital, or a district administrator. */
  public boolean isShown() {
    if (shown == null) {
      shown = false;
      if (sceneId() != null && (caller.has(Role.HOSPITAL_STAFF) || caller.isDistrictAdmin())) {
        try {
          SceneView s = scenes.read(sceneId());
          shown = caller.isDistrictAdmin() || s.hospital().id().equals(caller.organisationId());
        } catch (ProblemException e) {
          shown = false;
        }
      }
    }
    return shown;
  }

  /** The status filter changed: the table starts over. */
  public void filter() {
    model.reset();
  }

  public KeysetDataModel<ApplicationView> getModel() {
    return model;
  }

  /** The projects that fit the scene, best first, with reasons in the session's language. */
  public List<MatchView> getMatches() {
    if (matches == null) {
      matches = scenes.matches(sceneId(), MATCHES, language.getLocale()).items();
    }
    return matches;
  }

  public List<String> getStatusOptions() {
    return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
