package org.clinbridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.security.Role;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.AuditTable;
import org.junit.jupiter.api.Test;

/**
 * Black-box: the audit trail as clients see it, on the shared instance. Organisations are the
 * audited records here (their registration, deactivation and reactivation fire {@link Changed}).
 * The tamper tests change the audit table behind the application's back and always put it back.
 */
class AuditIT {
  private static Response history(Api.TestUser who, Api.Org org, Map<String, ?> params) {
    return who.api()
        .queryParam("entity", "organisation")
        .queryParam("id", org.id().toString())
        .queryParams(params)
        .get("/api/audit");
  }

  private static void deactivateAndReactivate(Api.Org org, String reason) {
    Api.asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post("/api/organisations/" + org.id() + "/deactivate")
        .then()
        .statusCode(200);
    Api.asAdmin().post("/api/organisations/" + org.id() + "/reactivate").then().statusCode(200);
  }

  @Test
  void aRecordsHistoryShowsWhoDidWhatWhenAndWhy() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.Org org = founder.organisation();
    history(founder, org, Map.of())
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("created"))
        .body("items[0].entity", equalTo("organisation"))
        .body("items[0].id", equalTo(org.id().toString()))
        .body("items[0].actor.username", equalTo("admin"))
        .body("items[0].actor.accountId", matchesPattern("[0-9a-f-]{36}"))
        .body("items[0].actor.organisationId", matchesPattern("[0-9a-f-]{36}"))
        .body("items[0].after.uscc", equalTo(org.uscc()))
        .body("items[0].at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*"))
        .body("items[0].hash", matchesPattern("[0-9a-f]{64}"))
        .body("next", nullValue());

    Api.asAdmin()
        .contentType(ContentType.JSON)
        .header("X-Request-Id", "audit-it-deactivate")
        .body(Map.of("reason", "资料待补充 / papers missing"))
        .post("/api/organisations/" + org.id() + "/deactivate")
        .then()
        .statusCode(200);
    Response r =
        Api.asAdmin()
            .queryParam("entity", "organisation")
            .queryParam("id", org.id().toString())
            .get("/api/audit");
    r.then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items[0].action", equalTo("deactivated"))
        .body("items[0].reason", equalTo("资料待补充 / papers missing"))
        .body("items[0].requestId", equalTo("audit-it-deactivate"))
        .body("items[0].before.active", is(true))
        .body("items[0].after.active", is(false));
    assertThat(r.jsonPath().getLong("items[0].sequence"))
        .isGreaterThan(r.jsonPath().getLong("items[1].sequence"));
  }

  @Test
  void historyComesInKeysetPagesEitherWay() {
    Api.Org org = Api.organisation(OrganisationKind.HOSPITAL);
    deactivateAndReactivate(org, "first");
    deactivateAndReactivate(org, "second");
    // created, deactivated, reactivated, deactivated, reactivated
    for (String order : List.of("oldest", "newest")) {
      List<Long> seqs = new ArrayList<>();
      List<String> actions = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var req =
            Api.asAdmin()
                .queryParam("entity", "organisation")
                .queryParam("id", org.id().toString())
                .queryParam("order", order)
                .queryParam("limit", 2);
        if (cursor != null) {
          req.queryParam("cursor", cursor);
        }
        Response r = req.get("/api/audit");
        r.then().statusCode(200);
        seqs.addAll(r.jsonPath().getList("items.sequence", Long.class));
        actions.addAll(r.jsonPath().getList("items.action", String.class));
        cursor = r.jsonPath().getString("next");
        pages++;
      } while (cursor != null);
      assertThat(pages).isEqualTo(3);
      assertThat(seqs).hasSize(5).doesNotHaveDuplicates();
      if (order.equals("oldest")) {
        assertThat(seqs).isSorted();
        assertThat(actions)
            .containsExactly("created", "deactivated", "reactivated", "deactivated", "reactivated");
      } else {
        assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
      }
    }
  }

  @Test
  void othersSeeNoHistoryOfARecordTheyMayNotSee() {
    Api.TestUser founder = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    Api.TestUser rival = Api.user(OrganisationKind.START_UP, Role.START_UP_MEMBER);
    history(rival, founder.organisation(), Map.of())
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:clinbridge:problem:not-found"));
    history(founder, founder.organisation(), Map.of()).then().statusCode(200);
  }

  @Test
  void anUnknownRecordIs404AndMissingParametersAreNamed() {
    Api.asAdmin()
        .queryParam("entity", "organisation")
        .queryParam("id", "no-such-record")
        .get("/api/audit")
        .then()
        .statusCode(404);
    Api.asAdmin()
        .get("/api/audit")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("entity"));
    Api.asAdmin()
        .queryParam("entity", "organisation")
        .get("/api/audit")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("id"));
    Api.asAdmin()
        .queryParam("entity", "organisation")
        .queryParam("id", "x")
        .queryParam("order", "sideways")
        .get("/api/audit")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("order"));
  }

  @Test
  void onlyTheDistrictAdminMayVerifyTheChain() {
    Api.anonymous().get("/api/audit/verify").then().statusCode(401);
    Api.anonymous().get("/api/audit?entity=organisation&id=x").then().statusCode(401);
    Api.TestUser orgAdmin =
        Api.user(OrganisationKind.HOSPITAL, Role.HOSPITAL_STAFF, Role.ORG_ADMIN);
    orgAdmin.api().get("/api/audit/verify").then().statusCode(403);
    Api.asAdmin()
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", is(true))
        .body("head.hash", matchesPattern("[0-9a-f]{64}"))
        .body("firstBroken", nullValue());
  }

  @Test
  void anEntryAlteredInTheDatabaseIsNamedByVerify() throws Exception {
    Api.Org org = Api.organisation(OrganisationKind.UNIVERSITY);
    deactivateAndReactivate(org, "a reason nobody may change");
    long seq = AuditTable.entriesOf("organisation", org.id().toString()).get(1).seq();
    String original = AuditTable.reasonOf(seq);
    try {
      assertThat(
              AuditTable.forge(
                  "update audit_entry set reason = ? where seq = ?", "a different reason", seq))
          .isOne();
      Api.asAdmin()
          .header("Accept-Language", "en")
          .get("/api/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", is(false))
          .body("firstBroken.sequence", equalTo((int) seq))
          .body("firstBroken.entity", equalTo("organisation"))
          .body("firstBroken.id", equalTo(org.id().toString()))
          .body("firstBroken.problem", equalTo("altered"))
          .body("broken[0].sequence", equalTo((int) seq))
          .body("broken[0].problem", equalTo("altered"))
          .body("firstBroken.detail", matchesPattern("Entry " + seq + " was changed.*"));
    } finally {
      AuditTable.forge("update audit_entry set reason = ? where seq = ?", original, seq);
    }
    Api.asAdmin().get("/api/audit/verify").then().body("valid", is(true));
  }

  @Test
  void everyAlteredEntryIsNamedNotOnlyTheFirst() throws Exception {
    Api.Org first = Api.organisation(OrganisationKind.UNIVERSITY);
    deactivateAndReactivate(first, "first reason");
    Api.Org second = Api.organisation(OrganisationKind.UNIVERSITY);
    deactivateAndReactivate(second, "second reason");
    long a = AuditTable.entriesOf("organisation", first.id().toString()).get(1).seq();
    long b = AuditTable.entriesOf("organisation", second.id().toString()).get(1).seq();
    String originalA = AuditTable.reasonOf(a);
    String originalB = AuditTable.reasonOf(b);
    try {
      AuditTable.forge("update audit_entry set reason = ? where seq = ?", "changed", a);
      AuditTable.forge("update audit_entry set reason = ? where seq = ?", "changed", b);
      Api.asAdmin()
          .get("/api/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", is(false))
          .body("brokenCount", equalTo(2))
          .body("broken.sequence", contains((int) a, (int) b))
          .body("broken.problem", contains("altered", "altered"));
    } finally {
      AuditTable.forge("update audit_entry set reason = ? where seq = ?", originalA, a);
      AuditTable.forge("update audit_entry set reason = ? where seq = ?", originalB, b);
    }
    Api.asAdmin().get("/api/audit/verify").then().body("valid", is(true));
  }

  @Test
  void aDeletedEntryIsNamedByVerify() throws Exception {
    Api.Org org = Api.organisation(OrganisationKind.SERVICE_AGENCY);
    deactivateAndReactivate(org, "to be removed");
    long seq = AuditTable.entriesOf("organisation", org.id().toString()).get(1).seq();
    try (var undo = AuditTable.remove(seq)) {
      Api.asAdmin()
          .header("Accept-Language", "zh-CN")
          .get("/api/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", is(false))
          .body("firstBroken.sequence", equalTo((int) seq))
          .body("firstBroken.problem", equalTo("missing"))
          .body("firstBroken.detail", matchesPattern("第 " + seq + " 条记录缺失.*"));
    }
    Api.asAdmin().get("/api/audit/verify").then().body("valid", is(true));
  }
}
