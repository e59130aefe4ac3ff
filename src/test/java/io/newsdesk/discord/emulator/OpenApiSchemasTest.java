package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OpenApiSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static OpenApiSchemas schemas;

  @BeforeAll
  static void loadSpec() {
    assumeTrue(
        OpenApiSchemas.available(),
        "Discord's OpenAPI spec is not at " + OpenApiSchemas.SPEC.toAbsolutePath() + ": skipped");
    schemas = OpenApiSchemas.load();
  }

  /** What the schema of the route for {@code method path} finds wrong with {@code body}. */
  private static List<String> errors(String method, String path, String body) throws Exception {
    return schemas.validate(schemas.route(method, path).orElseThrow(), JSON.readTree(body));
  }

  @Test
  @DisplayName("Concrete paths map to the most specific route of the spec")
  void routes() {
    assertThat(schemas.route("PATCH", "/webhooks/1/tok/messages/@original"))
        .hasValueSatisfying(
            r ->
                assertThat(r.template())
                    .isEqualTo("/webhooks/{webhook_id}/{webhook_token}/messages/@original"));
    assertThat(schemas.route("POST", "/channels/42/messages"))
        .hasValueSatisfying(
            r -> assertThat(r.template()).isEqualTo("/channels/{channel_id}/messages"));
    assertThat(schemas.route("GET", "/no/such/route")).isEmpty();
  }

  @Test
  @DisplayName("A well-formed channel message passes the schema")
  void validMessage() throws Exception {
    var errors =
        errors(
            "POST",
            "/channels/42/messages",
            "{\"content\":\"Hello\",\"allowed_mentions\":{\"parse\":[]}}");

    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("A message whose allowed_mentions.parse holds an unknown type breaks the schema")
  void invalidMessage() throws Exception {
    var errors =
        errors(
            "POST",
            "/channels/42/messages",
            "{\"content\":\"Hello\",\"allowed_mentions\":{\"parse\":[\"all\"]}}");

    assertThat(errors).isNotEmpty();
  }

  @Test
  @DisplayName(
      "A command definition with a 33-character name breaks the schema ($ref into components)")
  void invalidCommand() throws Exception {
    var errors =
        errors(
            "PUT",
            "/applications/1/commands",
            "[{\"name\":\"" + "a".repeat(33) + "\",\"description\":\"d\"}]");

    assertThat(errors).isNotEmpty();
  }

  @Test
  @DisplayName("A reply's message_reference.message_id as a JSON number passes, as on Discord")
  void numericSnowflakeIsAccepted() throws Exception {
    var errors =
        errors(
            "POST",
            "/channels/42/messages",
            "{\"content\":\"Hi\",\"message_reference\":"
                + "{\"message_id\":1234567890123456789,\"channel_id\":42}}");

    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("default_member_permissions as a string of digits passes, as Discord documents it")
  void permissionsAsStringAreAccepted() throws Exception {
    var global = schemas.route("PUT", "/applications/1/commands").orElseThrow();
    var guild = schemas.route("PUT", "/applications/1/guilds/2/commands").orElseThrow();
    var body =
        JSON.readTree(
            "[{\"name\":\"reindex\",\"description\":\"d\",\"default_member_permissions\":\"32\"}]");

    assertThat(schemas.validate(global, body)).isEmpty();
    assertThat(schemas.validate(guild, body)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          POST | /channels/42/messages | {"content":5}
          POST | /channels/42/messages | {"content":"Hi","flags":"64"}
          POST | /channels/42/messages | {"content":"Hi","message_reference":{"message_id":"12a"}}
          POST | /channels/42/messages | {"content":"Hi","message_reference":{"message_id":-12}}
          POST | /channels/42/messages | {"content":"Hi","message_reference":{"message_id":1.5}}
          POST | /channels/42/messages | {"content":"Hi","message_reference":{"message_id":true}}
          PUT  | /applications/1/commands | [{"name":"a","description":"d","default_member_permissions":"Manage Server"}]
          PUT  | /applications/1/commands | [{"name":"a","description":"d","default_member_permissions":"-32"}]
          PUT  | /applications/1/commands | [{"name":"a","description":"d","default_member_permissions":true}]
          PUT  | /applications/1/commands | [{"name":"a","description":"d","type":"1"}]
          PUT  | /applications/1/commands | [{"name":12,"description":"d"}]
          """)
  @DisplayName("Every other type error is still a schema violation")
  void otherTypeErrorsAreStillFlagged(String method, String path, String body) throws Exception {
    var errors = errors(method, path, body);

    assertThat(errors).as("errors of %s", body).isNotEmpty();
  }
}
