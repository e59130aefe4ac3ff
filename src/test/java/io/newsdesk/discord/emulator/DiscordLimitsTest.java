package io.newsdesk.discord.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DiscordLimitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private static ObjectNode noPings() {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("allowed_mentions").putArray("parse");
    return body;
  }

  private static ArrayNode command(String name, String description) {
    ArrayNode commands = JSON.createArrayNode();
    commands.addObject().put("name", name).put("description", description);
    return commands;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "who-said", "quote_of_the_day", "n'importe", "frågor", "2024"})
  @DisplayName("Valid chat command names pass")
  void validCommandNames(String name) {
    assertThat(DiscordLimits.commands(command(name, "Ask the news desk"), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ask", "who said", "", "a-name-that-is-longer-than-32-chars", "ask!"})
  @DisplayName("Upper case, spaces, empty, over-long and punctuated command names are flagged")
  void invalidCommandNames(String name) {
    assertThat(DiscordLimits.commands(command(name, "Ask the news desk"), true))
        .extracting(DiscordLimits.Breach::rule)
        .containsExactly("command.name");
  }

  @Test
  @DisplayName("A description over 100 characters and 26 options are flagged")
  void commandDescriptionAndOptions() {
    ArrayNode commands = command("ask", "d".repeat(101));
    ArrayNode options = ((ObjectNode) commands.get(0)).putArray("options");
    for (int i = 0; i < 26; i++) {
      options.addObject().put("type", 3).put("name", "o" + i).put("description", "option");
    }

    assertThat(DiscordLimits.commands(commands, true))
        .extracting(DiscordLimits.Breach::rule)
        .containsExactlyInAnyOrder("command.description", "command.options");
  }

  @Test
  @DisplayName("A message with 2000 characters and allowed_mentions.parse [] passes")
  void messageAtTheLimit() {
    ObjectNode body = noPings().put("content", "x".repeat(2000));

    assertThat(DiscordLimits.message(body, true)).isEmpty();
  }

  @Test
  @DisplayName("allowed_mentions that parse @everyone is flagged, and only Discord rejects others")
  void everyoneMention() throws Exception {
    JsonNode body = json("{\"content\":\"hi\",\"allowed_mentions\":{\"parse\":[\"everyone\"]}}");

    var breaches = DiscordLimits.message(body, true);

    assertThat(breaches)
        .extracting(DiscordLimits.Breach::rule)
        .containsExactly("message.allowed_mentions");
    assertThat(breaches.get(0).rejected()).isFalse();
  }

  @Test
  @DisplayName("Embeds over their field limits and over 6000 characters in total are flagged")
  void embedLimits() {
    ObjectNode body = noPings();
    ArrayNode embeds = body.putArray("embeds");
    ObjectNode embed = embeds.addObject().put("title", "t".repeat(257));
    embed.put("description", "d".repeat(4096));
    embed.putObject("footer").put("text", "f".repeat(2049));
    ArrayNode fields = embed.putArray("fields");
    for (int i = 0; i < 26; i++) {
      fields.addObject().put("name", "n").put("value", "v");
    }
    fields.addObject().put("name", "n").put("value", "v".repeat(1025));

    assertThat(DiscordLimits.message(body, true))
        .extracting(DiscordLimits.Breach::rule)
        .containsExactlyInAnyOrder(
            "embed.title", "embed.footer", "embed.fields", "embed.field.value", "embed.total");
  }

  @Test
  @DisplayName("A deferred response may carry the ephemeral flag and nothing else")
  void deferredFlags() throws Exception {
    assertThat(DiscordLimits.callback(json("{\"type\":5,\"data\":{\"flags\":64}}"))).isEmpty();
    assertThat(DiscordLimits.callback(json("{\"type\":5,\"data\":{\"flags\":4}}")))
        .extracting(DiscordLimits.Breach::rule)
        .containsExactly("interaction.deferred-flags");
  }
}
