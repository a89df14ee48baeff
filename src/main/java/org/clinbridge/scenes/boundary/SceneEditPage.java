package org.clinbridge.scenes.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.control.Subcatalogues;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.reference.entity.NmpaSubcatalogue;
import org.clinbridge.scenes.entity.SceneType;

/**
 * Opens a scene or revises one (app/scene-edit.xhtml, {@code ?id=} to revise). The page builds the
 * API's own {@link SceneForm} and runs the API's own use cases, so Bean Validation and the scene
 * rules read as the API's 400 and 422 answers do, beside the fields they are about. The version
 * read when the page opened plays the part of {@code If-Match}: a change saved meanwhile is
 * refused, not overwritten. The window is taken as whole days in the district's time zone.
 */
@Named("sceneEdit")
@ViewScoped
public class SceneEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ScenesResource scenes;
  @Inject Subcatalogues subcatalogues;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;
  @Inject DistrictClock clock;

  private String id;
  private Long version;

  private SceneType type;
  private String titleZh;
  private String titleEn;
  private String descriptionZh;
  private String descriptionEn;
  private String departmentZh;
  private String departmentEn;
  private List<String> subcatalogueCodes = new ArrayList<>();
  private List<String> deviceClasses = new ArrayList<>();
  private int trlMin = 1;
  private int trlMax = 9;
  private boolean certificateRequired;
  private Integer capacity;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String ethicsZh;
  private String ethicsEn;
  private String inclusionZh;
  private String inclusionEn;
  private String exclusionZh;
  private String exclusionEn;
  private List<ContactRow> contacts = new ArrayList<>();
  private List<SiteRow> sites = new ArrayList<>();

  /** The window as read, kept so that an edit leaving the days alone keeps the exact instants. */
  private OffsetDateTime loadedOpensAt;

  private OffsetDateTime loadedClosesAt;
  private LocalDate loadedFirstDay;
  private LocalDate loadedLastDay;

  /** A contact as typed; a row left empty is dropped. */
  public static class ContactRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String role;
    private String email;
    private String phone;

    public ContactRow() {}

    ContactRow(String name, String role, String email, String phone) {
      this.name = name;
      this.role = role;
      this.email = email;
      this.phone = phone;
    }

    boolean blank() {
      return Arrays.asList(name, role, email, phone).stream().allMatch(SceneEditPage::isBlank);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }
  }

  /** A site (department) of a new scene, as typed; a row left empty is dropped. */
  public static class SiteRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String nameZh;
    private String nameEn;
    private String location;

    boolean blank() {
      return Arrays.asList(nameZh, nameEn, location).stream().allMatch(SceneEditPage::isBlank);
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

    public String getLocation() {
      return location;
    }

    public void setLocation(String location) {
      this.location = location;
    }
  }

  /**
   * The page's guard and loader ({@code f:viewAction}): hospital staff only; a scene to revise must
   * be their hospital's (another's answers 404, as the API's PUT does).
   */
  public void load() {
    if (!Pages.require(caller.has(Role.HOSPITAL_STAFF))
        || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null || id.isBlank()) {
      firstDay = clock.today();
      lastDay = firstDay.plusMonths(1);
      contacts.add(new ContactRow());
      return;
    }
    SceneView s;
    try {
      s = scenes.read(id.strip());
      if (!s.hospital().id().equals(caller.organisationId())) {
        throw ProblemException.notFound(ScenesResource.ENTITY, id);
      }
      if (!s.publication().editable()) {
        throw org.clinbridge.scenes.entity.SceneConflict.retired();
      }
    } catch (ProblemException e) {
      Pages.fail(e);
      return;
    }
    fill(s, clock.zone());
  }

  /** Puts a scene's content into the page's fields. */
  void fill(SceneView s, ZoneId zone) {
    version = s.version();
    type = s.type();
    titleZh = s.title().zh();
    titleEn = s.title().en();
    descriptionZh = s.description().zh();
    descriptionEn = s.description().en();
    if (s.department() != null) {
      departmentZh = s.department().zh();
      departmentEn = s.department().en();
    }
    subcatalogueCodes = new ArrayList<>(s.accepts().subcatalogues());
    deviceClasses =
        s.accepts().deviceClasses().stream().map(Enum::name).sorted().collect(Collectors.toList());
    trlMin = s.accepts().trlMin();
    trlMax = s.accepts().trlMax();
    certificateRequired = s.accepts().certificateRequired();
    capacity = s.capacity();
    if (s.window() != null) {
      loadedOpensAt = s.window().opensAt();
      loadedClosesAt = s.window().closesAt();
      loadedFirstDay = WindowDays.firstDay(loadedOpensAt, zone);
      loadedLastDay = WindowDays.lastDay(loadedClosesAt, zone);
      firstDay = loadedFirstDay;
      lastDay = loadedLastDay;
    }
    if (s.ethics() != null) {
      ethicsZh = s.ethics().zh();
      ethicsEn = s.ethics().en();
    }
    if (s.inclusion() != null) {
      inclusionZh = s.inclusion().zh();
      inclusionEn = s.inclusion().en();
    }
    if (s.exclusion() != null) {
      exclusionZh = s.exclusion().zh();
      exclusionEn = s.exclusion().en();
    }
    contacts = new ArrayList<>();
    for (SceneView.Contact c : s.contacts()) {
      contacts.add(new ContactRow(c.name(), c.role(), c.email(), c.phone()));
    }
  }

  /** The API's form of what the page holds; empty optional texts are absent, not blank. */
  SceneForm form(ZoneId zone) {
    OffsetDateTime opensAt =
        loadedOpensAt != null && Objects.equals(firstDay, loadedFirstDay)
            ? loadedOpensAt
            : WindowDays.opensAt(firstDay, zone);
    OffsetDateTime closesAt =
        loadedClosesAt != null && Objects.equals(lastDay, loadedLastDay)
            ? loadedClosesAt
            : WindowDays.closesAt(lastDay, zone);
    Set<DeviceClass> classes = new LinkedHashSet<>();
    deviceClasses.forEach(c -> classes.add(DeviceClass.valueOf(c)));
    return new SceneForm(
        type,
        new Bilingual(trim(titleZh), trim(titleEn)),
        new LongText(trim(descriptionZh), trim(descriptionEn)),
        optional(departmentZh, departmentEn),
        new LinkedHashSet<>(subcatalogueCodes),
        classes,
        trlMin,
        trlMax,
        certificateRequired,
        capacity == null ? 0 : capacity,
        opensAt,
        closesAt,
        optionalLong(ethicsZh, ethicsEn),
        optionalLong(inclusionZh, inclusionEn),
        optionalLong(exclusionZh, exclusionEn),
        contacts.stream()
            .filter(c -> !c.blank())
            .map(
                c ->
                    new SceneForm.ContactForm(
                        trim(c.name), trim(c.role), trim(c.email), trim(c.phone)))
            .toList(),
        isEditing()
            ? null
            : sites.stream()
                .filter(r -> !r.blank())
                .map(
                    r ->
                        new SceneForm.SiteForm(
                            new Bilingual(trim(r.nameZh), trim(r.nameEn)), trim(r.location)))
                .toList());
  }

  public String save() {
    if (!Pages.require(caller.has(Role.HOSPITAL_STAFF))) {
      return null;
    }
    String saved;
    try {
      SceneForm form = Violations.valid(form(clock.zone()));
      if (isEditing()) {
        scenes.revise(id.strip(), version, form);
        saved = id.strip();
      } else {
        saved = scenes.open(form).id().toString();
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("scene", e);
    }
    messages.info(texts.text("scene.saved", titleEn, titleZh));
    return "/app/scene?faces-redirect=true&id=" + saved;
  }

  /**
   * A procurement pilot requires a certificate and a clinical trial forbids one: follow the type.
   */
  public void typeChanged() {
    if (type != null && type.requiresCertificate()) {
      certificateRequired = true;
    } else if (type != null && type.forbidsCertificateRequirement()) {
      certificateRequired = false;
    }
  }

  /** The type fixes the certificate requirement, so the box cannot be changed by hand. */
  public boolean isCertificateFixed() {
    return type != null && (type.requiresCertificate() || type.forbidsCertificateRequirement());
  }

  public void addContact() {
    contacts.add(new ContactRow());
  }

  public void removeContact(int index) {
    if (index >= 0 && index < contacts.size()) {
      contacts.remove(index);
    }
  }

  public void addSite() {
    sites.add(new SiteRow());
  }

  public void removeSite(int index) {
    if (index >= 0 && index < sites.size()) {
      sites.remove(index);
    }
  }

  public boolean isEditing() {
    return version != null;
  }

  public List<SceneType> getTypes() {
    return List.of(SceneType.values());
  }

  public List<String> getClassOptions() {
    return Arrays.stream(DeviceClass.values()).map(Enum::name).toList();
  }

  public List<Integer> getTrlOptions() {
    return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  public List<NmpaSubcatalogue> getSubcatalogueOptions() {
    return subcatalogues.page(new PageRequest(PageRequest.MAX_LIMIT, null));
  }

  public String getZone() {
    return clock.zone().getId();
  }

  private static Bilingual optional(String zh, String en) {
    return isBlank(zh) && isBlank(en) ? null : new Bilingual(trim(zh), trim(en));
  }

  private static LongText optionalLong(String zh, String en) {
    return isBlank(zh) && isBlank(en) ? null : new LongText(trim(zh), trim(en));
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return isBlank(s) ? null : s.strip();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SceneType getType() {
    return type;
  }

  public void setType(SceneType type) {
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

  public String getDescriptionZh() {
    return descriptionZh;
  }

  public void setDescriptionZh(String descriptionZh) {
    this.descriptionZh = descriptionZh;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getDepartmentZh() {
    return departmentZh;
  }

  public void setDepartmentZh(String departmentZh) {
    this.departmentZh = departmentZh;
  }

  public String getDepartmentEn() {
    return departmentEn;
  }

  public void setDepartmentEn(String departmentEn) {
    this.departmentEn = departmentEn;
  }

  public List<String> getSubcatalogueCodes() {
    return subcatalogueCodes;
  }

  public void setSubcatalogueCodes(List<String> subcatalogueCodes) {
    this.subcatalogueCodes = subcatalogueCodes;
  }

  public List<String> getDeviceClasses() {
    return deviceClasses;
  }

  public void setDeviceClasses(List<String> deviceClasses) {
    this.deviceClasses = deviceClasses;
  }

  public int getTrlMin() {
    return trlMin;
  }

  public void setTrlMin(int trlMin) {
    this.trlMin = trlMin;
  }

  public int getTrlMax() {
    return trlMax;
  }

  public void setTrlMax(int trlMax) {
    this.trlMax = trlMax;
  }

  public boolean isCertificateRequired() {
    return certificateRequired;
  }

  public void setCertificateRequired(boolean certificateRequired) {
    this.certificateRequired = certificateRequired;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public void setLastDay(LocalDate lastDay) {
    this.lastDay = lastDay;
  }

  public String getEthicsZh() {
    return ethicsZh;
  }

  public void setEthicsZh(String ethicsZh) {
    this.ethicsZh = ethicsZh;
  }

  public String getEthicsEn() {
    return ethicsEn;
  }

  public void setEthicsEn(String ethicsEn) {
    this.ethicsEn = ethicsEn;
  }

  public String getInclusionZh() {
    return inclusionZh;
  }

  public void setInclusionZh(String inclusionZh) {
    this.inclusionZh = inclusionZh;
  }

  public String getInclusionEn() {
    return inclusionEn;
  }

  public void setInclusionEn(String inclusionEn) {
    this.inclusionEn = inclusionEn;
  }

  public String getExclusionZh() {
    return exclusionZh;
  }

  public void setExclusionZh(String exclusionZh) {
    this.exclusionZh = exclusionZh;
  }

  public String getExclusionEn() {
    return exclusionEn;
  }

  public void setExclusionEn(String exclusionEn) {
    this.exclusionEn = exclusionEn;
  }

  public List<ContactRow> getContacts() {
    return contacts;
  }

  public List<SiteRow> getSites() {
    return sites;
  }
}
