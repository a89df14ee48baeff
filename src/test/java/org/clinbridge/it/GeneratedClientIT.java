package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinbridge.it.client.ApiClient;
import org.clinbridge.it.client.ApiException;
import org.clinbridge.it.client.api.OrganisationsApi;
import org.clinbridge.it.client.api.ProjectsApi;
import org.clinbridge.it.client.api.ScenesApi;
import org.clinbridge.it.client.api.SignInApi;
import org.clinbridge.it.client.model.AccountForm;
import org.clinbridge.it.client.model.ApplicationDecision;
import org.clinbridge.it.client.model.ApplicationForm;
import org.clinbridge.it.client.model.Bilingual;
import org.clinbridge.it.client.model.BilingualParagraph;
import org.clinbridge.it.client.model.ContactForm;
import org.clinbridge.it.client.model.DeviceClass;
import org.clinbridge.it.client.model.Findability;
import org.clinbridge.it.client.model.LongBilingual;
import org.clinbridge.it.client.model.NewProject;
import org.clinbridge.it.client.model.Organisation;
import org.clinbridge.it.client.model.OrganisationForm;
import org.clinbridge.it.client.model.OrganisationKind;
import org.clinbridge.it.client.model.Project;
import org.clinbridge.it.client.model.ProjectCategory;
import org.clinbridge.it.client.model.Scene;
import org.clinbridge.it.client.model.SceneApplication;
import org.clinbridge.it.client.model.SceneForm;
import org.clinbridge.it.client.model.SceneType;
import org.clinbridge.it.client.model.TokenRequest;
import org.clinbridge.testing.RunningApp;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;

/**
 * A client generated from docs/openapi.json by openapi-generator (as an API user would generate
 * one) drives a whole journey against the running application: the district registers a hospital
 * and a start-up with their people, the start-up registers a findable project, the hospital opens a
 * scene, the start-up applies, the hospital accepts. Every call and every answer goes through the
 * generated types, so a schema that does not match what the API sends fails here.
 */
class GeneratedClientIT {
  private final String base = RunningApp.postgres().baseUrl();

  @Test
  void aGeneratedClientTakesAStartUpFromRegistrationToAnAcceptedApplication() throws ApiException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    ApiClient admin = signedIn("admin", RunningApp.adminPassword());

    Organisation hospital = organisation(admin, OrganisationKind.HOSPITAL, "医院 " + run);
    Organisation startUp = organisation(admin, OrganisationKind.START_UP, "初创 " + run);
    ApiClient staff = person(admin, hospital, "staff" + run, "HOSPITAL_STAFF");
    ApiClient founder = person(admin, startUp, "founder" + run, "START_UP_MEMBER");

    ProjectsApi projects = new ProjectsApi(founder);
    Project project =
        projects.createProject(
            new NewProject()
                .title(new Bilingual().zh("可穿戴心电贴 " + run).en("Wearable ECG patch " + run))
                .summary(new BilingualParagraph().zh("单导联心电监测").en("Single-lead ECG"))
                .category(ProjectCategory.MEDICAL_DEVICE)
                .subcatalogue("07")
                .expectedClass(DeviceClass.II)
                .trl(6),
            null);
    assertThat(project.getCode()).startsWith("P-");
    assertThat(project.getOwner().getId()).isEqualTo(startUp.getId());
    projects.setProjectFindable(project.getId(), new Findability().findable(true));

    ScenesApi hospitalScenes = new ScenesApi(staff);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Scene scene =
        hospitalScenes.createScene(
            new SceneForm()
                .type(SceneType.CLINICAL_EVALUATION)
                .title(new Bilingual().zh("心电贴临床评价 " + run).en("ECG patch evaluation " + run))
                .description(new LongBilingual().zh("心内科病房试用。").en("Tried on the ward."))
                .subcatalogues(List.of("07"))
                .deviceClasses(List.of(SceneForm.DeviceClassesEnum.II))
                .trlMin(5)
                .trlMax(7)
                .certificateRequired(false)
                .capacity(3)
                .opensAt(now.minusDays(1))
                .closesAt(now.plusDays(30))
                .contacts(List.of(new ContactForm().name("Li Wei").email("li.wei@example.org"))),
            null);
    hospitalScenes.publishScene(scene.getId().toString());

    SceneApplication applied =
        new ScenesApi(founder)
            .applyToScene(
                scene.getId().toString(),
                new ApplicationForm()
                    .project(project.getId())
                    .pitch("Our patch fits your ward")
                    .submit(true),
                null);
    assertThat(applied.getStatus().getValue()).isEqualTo("SUBMITTED");

    hospitalScenes.reviewApplication(applied.getId().toString());
    SceneApplication accepted =
        hospitalScenes.acceptApplication(
            applied.getId().toString(),
            new ApplicationDecision().conditions("Bring the ethics approval"));
    assertThat(accepted.getStatus().getValue()).isEqualTo("ACCEPTED_WITH_CONDITIONS");
    assertThat(accepted.getProject().getId()).isEqualTo(project.getId());
  }

  private ApiClient anonymous() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base);
    return client;
  }

  private ApiClient signedIn(String username, String password) throws ApiException {
    String token =
        new SignInApi(anonymous())
            .issueAccessToken(new TokenRequest().username(username).password(password))
            .getAccessToken();
    ApiClient client = anonymous();
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private static Organisation organisation(ApiClient admin, OrganisationKind kind, String name)
      throws ApiException {
    return new OrganisationsApi(admin)
        .createOrganisation(
            new OrganisationForm()
                .kind(kind)
                .name(new Bilingual().zh(name).en("Organisation " + name))
                .uscc(Usccs.random()),
            null);
  }

  private ApiClient person(ApiClient admin, Organisation org, String username, String role)
      throws ApiException {
    String password = "pw-" + UUID.randomUUID();
    new OrganisationsApi(admin)
        .createAccount(
            new AccountForm()
                .organisationId(org.getId())
                .username(username)
                .displayName("Generated client " + username)
                .roles(List.of(AccountForm.RolesEnum.fromValue(role)))
                .password(password),
            null);
    return signedIn(username, password);
  }
}
