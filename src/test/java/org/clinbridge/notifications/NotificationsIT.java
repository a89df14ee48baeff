package org.clinbridge.notifications;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.junit.jupiter.api.Test;

/** Black-box: the inbox endpoints on the shared instance. */
class NotificationsIT {
  @Test
  void aNewOrganisationHasAnEmptyInboxAndNoOneElsesMessages() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    founder.api().get("/api/notifications").then().statusCode(200).body("items", hasSize(0));
    founder
        .api()
        .get("/api/notifications/unread-count")
        .then()
        .statusCode(200)
        .body("unread", equalTo(0));
    founder.api().post("/api/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
    founder.api().post("/api/notifications/not-an-id/read").then().statusCode(404);
    founder.api().queryParam("cursor", "x").get("/api/notifications").then().statusCode(400);
    Api.anonymous().get("/api/notifications").then().statusCode(401);
  }
}
