package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    var route = schemas.route("POST", "/channels/42/messages").orElseThrow();

    var errors =
        schemas.validate(
            route, JSON.readTree("{\"content\":\"Hello\",\"allowed_mentions\":{\"parse\":[]}}"));

    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("A message whose allowed_mentions.parse holds an unknown type breaks the schema")
  void invalidMessage() throws Exception {
    var route = schemas.route("POST", "/channels/42/messages").orElseThrow();

    var errors =
        schemas.validate(
            route,
            JSON.readTree("{\"content\":\"Hello\",\"allowed_mentions\":{\"parse\":[\"all\"]}}"));

    assertThat(errors).isNotEmpty();
  }

  @Test
  @DisplayName(
      "A command definition with a 33-character name breaks the schema ($ref into components)")
  void invalidCommand() throws Exception {
    var route = schemas.route("PUT", "/applications/1/commands").orElseThrow();

    var errors =
        schemas.validate(
            route, JSON.readTree("[{\"name\":\"" + "a".repeat(33) + "\",\"description\":\"d\"}]"));

    assertThat(errors).isNotEmpty();
  }
}
