package io.rosterd.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rosterd.server.store.PostgresExtension;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/districts/{id}/contacts}: who may change them, and what is refused. */
final class ContactRoutesTest {
  @RegisterExtension static final PostgresExtension POSTGRES = new PostgresExtension();
  @TempDir static Path dataDir;

  private static ApiServer server;
  private static ApiClient api;
  private static String cedar;
  private static String yew;

  @BeforeAll
  static void start() {
    server = new ApiServer(POSTGRES, dataDir, Clock.systemUTC());
    api = server.client();
    server.createDistrict("cedar");
    server.createDistrict("yew");
    cedar = server.districtToken("cedar");
    yew = server.districtToken("yew");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyContactRouteIs401WithoutAToken403ForAnotherDistrictAndDoneForItsOwn() {
    String base = "/api/districts/cedar/contacts";
    String body =
        "{\"name\": \"Registrar\", \"email\": \"registrar@cedar.example.org\", \"topics\": [\"held\", \"rejected\"]}";
    for (String[] r :
        new String[][] {{"GET", base, null}, {"POST", base, body}, {"DELETE", base + "/1", null}}) {
      assertThat(api.send(r[0], r[1], null, r[2]).status())
          .as("%s %s, no token", r[0], r[1])
          .isEqualTo(401);
      ApiClient.Answer other = api.send(r[0], r[1], yew, r[2]);
      assertThat(other.status()).as("%s %s, yew's token", r[0], r[1]).isEqualTo(403);
      assertThat(other.body()).doesNotContain("cedar.example.org\"");
    }
    ApiClient.Answer added = api.post(base, cedar, body);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    String id = added.json().at("/contact/id").asText();
    assertThat(added.json().at("/contact/topics").toString()).isEqualTo("[\"held\",\"rejected\"]");

    ApiClient.Answer list = api.get(base, cedar);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("contacts").findValuesAsText("email"))
        .containsExactly("it@cedar.example.org", "registrar@cedar.example.org");
    assertThat(list.json().get("contacts").get(0).get("id").asText()).isEqualTo("technical");
    assertThat(api.get(base, server.supportToken()).status()).isEqualTo(200);

    assertThat(api.send("DELETE", base + "/" + id, yew, null).status()).isEqualTo(403);
    assertThat(api.send("DELETE", "/api/districts/yew/contacts/" + id, yew, null).status())
        .as("cedar's contact through yew's own route")
        .isEqualTo(404);
    assertThat(api.send("DELETE", base + "/" + id, cedar, null).status()).isEqualTo(200);
    assertThat(api.get(base, cedar).json().get("contacts")).hasSize(1);
  }

  @Test
  void badContactsAre400NamingTheFieldAndTheTechnicalContactStays() {
    String base = "/api/districts/yew/contacts";
    ApiClient.Answer topic =
        api.post(
            base,
            yew,
            "{\"name\": \"A\", \"email\": \"a@yew.example.org\", \"topics\": [\"everything\"]}");
    assertThat(topic.status()).isEqualTo(400);
    assertThat(topic.json().get("field").asText()).isEqualTo("topics");
    assertThat(topic.json().get("found").asText()).isEqualTo("\"everything\"");
    ApiClient.Answer email = api.post(base, yew, "{\"name\": \"A\", \"email\": \"a at yew\"}");
    assertThat(email.status()).isEqualTo(400);
    assertThat(email.json().get("field").asText()).isEqualTo("email");
    assertThat(
            api.post(base, yew, "{\"email\": \"a@yew.example.org\"}").json().get("field").asText())
        .isEqualTo("name");
    assertThat(api.post(base, yew, "{\"name\": \"B\", \"email\": \"b@yew.example.org\"}").status())
        .isEqualTo(201);
    assertThat(api.post(base, yew, "{\"name\": \"B2\", \"email\": \"b@yew.example.org\"}").status())
        .isEqualTo(409);
    assertThat(api.post(base, yew, "{\"name\": \"B3\", \"email\": \"B@Yew.example.org\"}").status())
        .as("the same address in other case")
        .isEqualTo(409);
    assertThat(
            api.post(base, yew, "{\"name\": \"IT\", \"email\": \"IT@yew.example.org\"}").status())
        .as("the technical contact's address")
        .isEqualTo(409);
    ApiClient.Answer technical = api.send("DELETE", base + "/technical", yew, null);
    assertThat(technical.status()).isEqualTo(400);
    assertThat(technical.json().get("message").asText()).contains("technical contact");
    assertThat(api.get("/api/districts/nowhere/contacts", server.supportToken()).status())
        .isEqualTo(404);
  }
}
