package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.control.Subcatalogues;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.reference.entity.NmpaSubcatalogue;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.SceneType;

/**
 * The scene catalogue (app/scenes.xhtml): the filters of {@code GET /api/scenes} over a lazy table
 * of its keyset pages. Hospital staff also get "my hospital's scenes" ({@code ?view=mine}), one
 * publication state at a time (drafts first), as the API lists them. It asks {@link
 * ScenesResource#list} exactly what an API client asks, so it shows what the caller may see.
 */
@Named("sceneList")
@ViewScoped
public class SceneListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The view parameter value of the own-hospital view. */
  public static final String MINE = "mine";

  @Inject ScenesResource scenes;
  @Inject Subcatalogues subcatalogues;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject DistrictClock clock;

  private String view;
  private String publication = Publication.DRAFT.name();
  private String q;
  private String type;
  private String department;
  private String subcatalogue;
  private String deviceClass;
  private Integer trl;
  private boolean open;
  private String hospital;
  private String hospitalZh;
  private String hospitalEn;

  private final KeysetDataModel<SceneView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<SceneView> fetch(PageRequest request) {
          boolean mine = isMine();
          return scenes.list(
              mine ? publication : null,
              mine ? Boolean.TRUE : null,
              type,
              department,
              subcatalogue,
              deviceClass,
              trl,
              open ? Boolean.TRUE : null,
              mine ? null : hospital,
              q,
              request.limit(),
              request.cursor());
        }

        @Override
        protected String keyOf(SceneView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}): every role may browse; only staff see their own. */
  public void load() {
    if (!Pages.require(caller.signedIn() && !caller.roles().isEmpty())) {
      return;
    }
    if (isMine()) {
      Pages.require(isHospitalStaff());
    }
  }

  /** Applies the filters: checks them with one small request, then the table starts over. */
  public String apply() {
    try {
      model.reset();
      model.load(0, 1, Map.of(), Map.of());
      model.reset();
    } catch (ProblemException e) {
      return messages.show("filters", e);
    }
    return null;
  }

  public String clear() {
    q = null;
    type = null;
    department = null;
    subcatalogue = null;
    deviceClass = null;
    trl = null;
    open = false;
    clearHospital();
    model.reset();
    return null;
  }

  /** Narrows the catalogue to one hospital, from a hospital's name in a row. */
  public void onlyHospital(String id, String nameZh, String nameEn) {
    hospital = id;
    hospitalZh = nameZh;
    hospitalEn = nameEn;
    model.reset();
  }

  public void clearHospital() {
    hospital = null;
    hospitalZh = null;
    hospitalEn = null;
    model.reset();
  }

  /** Another publication state of my hospital's scenes. */
  public void publicationChanged() {
    model.reset();
  }

  /** The last day a scene takes applications, in the district's time zone; none without window. */
  /** The first day of a window that has not opened yet (district dates), else null. */
  public LocalDate opensLater(SceneView scene) {
    return scene.window() == null || !clock.now().isBefore(scene.window().opensAt())
        ? null
        : WindowDays.firstDay(scene.window().opensAt(), clock.zone());
  }

  /** Every slot taken by an accepted project: the scene takes no more applications. */
  public boolean full(SceneView scene) {
    return scene.accepted() >= scene.capacity();
  }

  public LocalDate lastDay(SceneView scene) {
    return scene.window() == null
        ? null
        : WindowDays.lastDay(scene.window().closesAt(), clock.zone());
  }

  public boolean isMine() {
    return MINE.equals(view);
  }

  public boolean isHospitalStaff() {
    return caller.has(Role.HOSPITAL_STAFF);
  }

  public KeysetDataModel<SceneView> getModel() {
    return model;
  }

  public List<String> getTypeOptions() {
    return names(SceneType.values());
  }

  public List<String> getClassOptions() {
    return names(DeviceClass.values());
  }

  public List<String> getPublicationOptions() {
    return List.of(Publication.DRAFT.name(), Publication.ACTIVE.name(), Publication.RETIRED.name());
  }

  public List<Integer> getTrlOptions() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  public List<NmpaSubcatalogue> getSubcatalogueOptions() {
    return subcatalogues.page(new PageRequest(PageRequest.MAX_LIMIT, null));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getPublication() {
    return publication;
  }

  public void setPublication(String publication) {
    this.publication = publication;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getSubcatalogue() {
    return subcatalogue;
  }

  public void setSubcatalogue(String subcatalogue) {
    this.subcatalogue = subcatalogue;
  }

  public String getDeviceClass() {
    return deviceClass;
  }

  public void setDeviceClass(String deviceClass) {
    this.deviceClass = deviceClass;
  }

  public Integer getTrl() {
    return trl;
  }

  public void setTrl(Integer trl) {
    this.trl = trl;
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public String getHospital() {
    return hospital;
  }

  public void setHospital(String hospital) {
    this.hospital = hospital;
  }

  public String getHospitalZh() {
    return hospitalZh;
  }

  public String getHospitalEn() {
    return hospitalEn;
  }

  /** The hospital's names for the filter's label, when a link (the dashboard's) chose it. */
  public void setHospitalZh(String hospitalZh) {
    this.hospitalZh = hospitalZh;
  }

  public void setHospitalEn(String hospitalEn) {
    this.hospitalEn = hospitalEn;
  }
}
