package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.scenes.control.Scenes;
import org.clinbridge.scenes.entity.ApplicationStatus;

/**
 * Every application to the caller's hospital across its scenes (app/received-applications.xhtml),
 * newest first, filtered by scene and status, in the API's keyset pages: {@code GET
 * /api/applications/received}. Hospital staff; district administrators see every hospital's.
 */
@Named("receivedApplications")
@ViewScoped
public class ReceivedApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApplicationsResource applications;
  @Inject Scenes scenes;
  @Inject Caller caller;

  private String scene;
  private String status;
  private List<SceneChoice> sceneChoices;

  /** A scene of the hospital, as the filter offers it. */
  public record SceneChoice(String id, String zh, String en) implements Serializable {}

  private final KeysetDataModel<ApplicationView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ApplicationView> fetch(PageRequest request) {
          return applications.received(scene, status, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(ApplicationView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}). */
  public void load() {
    Pages.require(caller.has(Role.HOSPITAL_STAFF) || caller.isDistrictAdmin());
  }

  /** The hospital's scenes for the filter; none for the district, which sees every hospital. */
  public List<SceneChoice> getSceneChoices() {
    // Read once per view: the page asks for them several times per rendering.
    if (sceneChoices == null) {
      sceneChoices =
          !caller.has(Role.HOSPITAL_STAFF)
              ? List.of()
              : scenes.ofHospital(caller.organisationRef(), 500).stream()
                  .map(
                      s -> new SceneChoice(s.publicId().toString(), s.title().zh(), s.title().en()))
                  .toList();
    }
    return sceneChoices;
  }

  public List<String> getStatusChoices() {
    return Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
  }

  /** The filters changed: the table starts again from the first page. */
  public void apply() {
    model.reset();
  }

  public KeysetDataModel<ApplicationView> getModel() {
    return model;
  }

  public String getScene() {
    return scene;
  }

  public void setScene(String scene) {
    this.scene = scene == null || scene.isBlank() ? null : scene;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }
}
