package io.rosterd.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.rosterd.server.district.Contact;
import io.rosterd.server.district.ContactStore;
import io.rosterd.server.district.DistrictRules;
import io.rosterd.server.district.Topic;
import io.rosterd.server.http.JsonBody;
import io.rosterd.server.store.Jdbc;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/districts/{id}/contacts}: who at a district gets which emails. The technical contact
 * (the district's contact email) is listed first with id {@code technical}; it gets every email and
 * is not removed here.
 */
public final class ContactRoutes implements RouteGroup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_NAME = 200;

  private final ContactStore contacts;

  public ContactRoutes(Jdbc jdbc) {
    this.contacts = new ContactStore(jdbc);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get(
            "/api/districts/{id}/contacts",
            Access.DISTRICT,
            "The district's contacts and the emails each gets",
            this::list),
        ApiRoute.post(
            "/api/districts/{id}/contacts",
            Access.DISTRICT,
            "Add a contact: name, email, topics (any of held, rejected, errors, credentials;"
                + " default all)",
            this::add),
        ApiRoute.delete(
            "/api/districts/{id}/contacts/{contactId}",
            Access.DISTRICT,
            "Remove a contact",
            this::remove));
  }

  private void list(Context ctx, Caller caller) {
    Api.ok(ctx, Map.of("contacts", of(ctx, caller).stream().map(ContactRoutes::json).toList()));
  }

  private void add(Context ctx, Caller caller) {
    String district = ctx.pathParam("id");
    of(ctx, caller);
    JsonRequest body = JsonRequest.of(ctx, Set.of("name", "email", "topics"));
    String name = body.requiredText("name");
    if (name.length() > MAX_NAME) {
      throw Problems.badField("name", "at most " + MAX_NAME + " characters", name.length());
    }
    String email = body.requiredText("email");
    if (DistrictRules.emailProblem(email).isPresent()) {
      throw Problems.badField("email", "an email address like registrar@district.k12.us", email);
    }
    Set<Topic> topics = topics(ctx);
    Contact added =
        contacts
            .add(district, name, email, topics)
            .orElseThrow(
                () ->
                    new ConflictResponse(
                        "district " + district + " has a contact " + email + " already"));
    JsonBody.send(ctx, 201, Map.of("contact", json(added)));
  }

  private void remove(Context ctx, Caller caller) {
    String district = ctx.pathParam("id");
    of(ctx, caller);
    String text = ctx.pathParam("contactId");
    if (text.equals("technical")) {
      throw Problems.badRequest(
          "the technical contact is the district's contact email and gets every email; it cannot"
              + " be removed, only changed by support");
    }
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Problems.notFound("contact " + text);
    }
    if (!contacts.remove(district, id)) {
      throw Problems.notFound("contact " + id + " of district " + district);
    }
    Api.ok(ctx, Map.of("removed", id));
  }

  private List<Contact> of(Context ctx, Caller caller) {
    String district = ctx.pathParam("id");
    Problems.requireReach(caller, district);
    return contacts.of(district).orElseThrow(() -> Problems.notFound("district " + district));
  }

  /** The topics array; JsonRequest reads scalars, so the array is read here. */
  private static Set<Topic> topics(Context ctx) {
    JsonNode node;
    try {
      node = JSON.readTree(ctx.bodyAsBytes()).get("topics");
    } catch (IOException e) {
      throw Problems.badField("body", "a JSON object", "text that is not JSON");
    }
    if (node == null || node.isNull()) {
      return EnumSet.allOf(Topic.class);
    }
    String expected = "an array of held, rejected, errors, credentials";
    if (!node.isArray() || node.isEmpty()) {
      throw Problems.badField("topics", expected, node.toString());
    }
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (JsonNode item : node) {
      try {
        topics.add(Topic.of(item.asText()));
      } catch (IllegalArgumentException e) {
        throw Problems.badField("topics", expected, item.toString());
      }
    }
    return topics;
  }

  private static Map<String, Object> json(Contact contact) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", contact.isTechnical() ? "technical" : String.valueOf(contact.id()));
    json.put("name", contact.name());
    json.put("email", contact.email());
    json.put("topics", contact.topics().stream().sorted().map(Topic::label).toList());
    return json;
  }
}
