package io.newsdesk.discord.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Discord's documented limits that its OpenAPI schemas do not state (or state more loosely), as
 * listed in docs/DISCORD.md. Every check returns the rules broken, as {@code rule: detail} pairs.
 */
final class DiscordLimits {

  static final Pattern COMMAND_NAME = Pattern.compile("^[-_'\\p{L}\\p{N}]{1,32}$");
  static final int CONTENT = 2000;
  static final int EMBEDS = 10;
  static final int EMBED_TOTAL = 6000;
  static final int CHOICES = 25;
  static final int OPTIONS = 25;
  static final int COMMAND_TOTAL = 8000;
  static final int GLOBAL_CHAT_COMMANDS = 100;
  static final long EPHEMERAL = 1L << 6;

  /** One broken rule. */
  record Breach(String rule, String detail) {
    /** Whether Discord itself rejects the request (400); allowed_mentions is Newsdesk's policy. */
    boolean rejected() {
      return !rule.equals("message.allowed_mentions");
    }
  }

  private final List<Breach> breaches = new ArrayList<>();

  private static final Pattern GLOBAL_COMMANDS = Pattern.compile("/applications/\\d+/commands");
  private static final Pattern GUILD_COMMANDS =
      Pattern.compile("/applications/\\d+/guilds/\\d+/commands");
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/\\d+/messages");
  private static final Pattern CHANNEL_MESSAGE = Pattern.compile("/channels/\\d+/messages/\\d+");
  private static final Pattern CALLBACK = Pattern.compile("/interactions/\\d+/[^/]+/callback");
  private static final Pattern FOLLOW_UP = Pattern.compile("/webhooks/\\d+/[^/]+");
  private static final Pattern WEBHOOK_EDIT =
      Pattern.compile("/webhooks/\\d+/[^/]+/messages/(@original|\\d+)");

  private DiscordLimits() {}

  /** The limits of whatever route the request goes to (a path under /api/v10). */
  static List<Breach> forRequest(String method, String path, JsonNode body) {
    boolean post = method.equals("POST");
    boolean patch = method.equals("PATCH");
    if (method.equals("PUT") && GLOBAL_COMMANDS.matcher(path).matches()) {
      return commands(body, true);
    }
    if (method.equals("PUT") && GUILD_COMMANDS.matcher(path).matches()) {
      return commands(body, false);
    }
    if ((post && CHANNEL_MESSAGES.matcher(path).matches())
        || (post && FOLLOW_UP.matcher(path).matches())) {
      return message(body, true);
    }
    if (patch
        && (CHANNEL_MESSAGE.matcher(path).matches() || WEBHOOK_EDIT.matcher(path).matches())) {
      return message(body, false);
    }
    if (post && CALLBACK.matcher(path).matches()) {
      return callback(body);
    }
    return List.of();
  }

  /** An interaction callback: what each response type may carry. */
  static List<Breach> callback(JsonNode body) {
    JsonNode data = body.path("data");
    return switch (body.path("type").asInt(-1)) {
      case 4 -> message(data, true);
      case 7 -> message(data, false);
      case 8 -> autocomplete(data);
      case 5 -> {
        long flags = data.path("flags").asLong(0);
        yield (flags & ~EPHEMERAL) == 0
            ? List.of()
            : List.of(new Breach("interaction.deferred-flags", "flags " + flags + ", only 64"));
      }
      default -> List.of();
    };
  }

  /** Checks a bulk-overwrite body: an array of command definitions. */
  static List<Breach> commands(JsonNode commands, boolean global) {
    DiscordLimits limits = new DiscordLimits();
    int chatInput = 0;
    for (JsonNode command : commands) {
      boolean isChatInput = command.path("type").asInt(1) == 1;
      chatInput += isChatInput ? 1 : 0;
      limits.command(command, isChatInput);
    }
    if (global && chatInput > GLOBAL_CHAT_COMMANDS) {
      limits.breach("command.count", chatInput + " global chat-input commands, at most 100");
    }
    return limits.breaches;
  }

  /**
   * Checks a message-creating or -editing body; {@code creates} demands allowed_mentions with an
   * empty parse list, so that article text like "@everyone" never pings anybody.
   */
  static List<Breach> message(JsonNode body, boolean creates) {
    DiscordLimits limits = new DiscordLimits();
    limits.messageBody(body, creates);
    return limits.breaches;
  }

  /** Checks an autocomplete result (callback type 8). */
  static List<Breach> autocomplete(JsonNode data) {
    DiscordLimits limits = new DiscordLimits();
    JsonNode choices = data.path("choices");
    limits.atMost("autocomplete.choices", "choices", choices.size(), CHOICES);
    choices.forEach(limits::choice);
    return limits.breaches;
  }

  private void command(JsonNode command, boolean chatInput) {
    String name = command.path("name").asText("");
    commandName("command.name", name, chatInput);
    String description = command.path("description").asText("");
    if (chatInput) {
      length("command.description", "description of /" + name, description, 1, 100);
    }
    JsonNode options = command.path("options");
    atMost("command.options", "options of /" + name, options.size(), OPTIONS);
    options.forEach(option -> option(name, option));
    int total = name.length() + description.length() + textOf(options);
    atMost("command.total", "characters in /" + name, total, COMMAND_TOTAL);
  }

  private void option(String path, JsonNode option) {
    String name = option.path("name").asText("");
    String where = path + " " + name;
    commandName("command.option.name", name, true);
    length(
        "command.option.description",
        "description of " + where,
        option.path("description").asText(""),
        1,
        100);
    JsonNode choices = option.path("choices");
    atMost("command.choices", "choices of " + where, choices.size(), CHOICES);
    choices.forEach(this::choice);
    for (String bound : List.of("min_length", "max_length")) {
      if (option.has(bound)
          && (option.get(bound).asInt() < 0 || option.get(bound).asInt() > 6000)) {
        breach("command.option." + bound, where + " has " + bound + " " + option.get(bound));
      }
    }
    JsonNode children = option.path("options");
    atMost("command.options", "options of " + where, children.size(), OPTIONS);
    children.forEach(child -> option(where, child));
  }

  private void choice(JsonNode choice) {
    length("choice.name", "choice name", choice.path("name").asText(""), 1, 100);
    JsonNode value = choice.path("value");
    if (value.isTextual() && value.asText().length() > 100) {
      breach("choice.value", "string choice value of " + value.asText().length() + " chars > 100");
    }
  }

  private void commandName(String rule, String name, boolean chatInput) {
    if (!COMMAND_NAME.matcher(name).matches()) {
      breach(rule, "'" + name + "' does not match " + COMMAND_NAME.pattern());
    } else if (chatInput && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      breach(rule, "'" + name + "' is not lower case");
    }
  }

  private static int textOf(JsonNode options) {
    int total = 0;
    for (JsonNode option : options) {
      total += option.path("name").asText("").length();
      total += option.path("description").asText("").length();
      for (JsonNode choice : option.path("choices")) {
        total += choice.path("name").asText("").length() + choice.path("value").asText("").length();
      }
      total += textOf(option.path("options"));
    }
    return total;
  }

  private void messageBody(JsonNode body, boolean creates) {
    if (body.hasNonNull("content")) {
      atMost("message.content", "content length", body.get("content").asText().length(), CONTENT);
    }
    JsonNode embeds = body.path("embeds");
    atMost("message.embeds", "embeds", embeds.size(), EMBEDS);
    int total = 0;
    for (JsonNode embed : embeds) {
      total += embed(embed);
    }
    atMost("embed.total", "characters over all embeds", total, EMBED_TOTAL);
    if (creates) {
      allowedMentions(body.path("allowed_mentions"));
    }
  }

  private int embed(JsonNode embed) {
    int title = textLength(embed, "title", "embed.title", 256);
    int description = textLength(embed, "description", "embed.description", 4096);
    int footer = textLength(embed.path("footer"), "text", "embed.footer", 2048);
    int author = textLength(embed.path("author"), "name", "embed.author", 256);
    JsonNode fields = embed.path("fields");
    atMost("embed.fields", "fields", fields.size(), 25);
    int fieldText = 0;
    for (JsonNode field : fields) {
      fieldText += textLength(field, "name", "embed.field.name", 256);
      fieldText += textLength(field, "value", "embed.field.value", 1024);
    }
    return title + description + footer + author + fieldText;
  }

  private int textLength(JsonNode parent, String field, String rule, int max) {
    if (!parent.hasNonNull(field)) {
      return 0;
    }
    int length = parent.get(field).asText().length();
    atMost(rule, field + " length", length, max);
    return length;
  }

  private void allowedMentions(JsonNode allowed) {
    if (allowed.isMissingNode() || allowed.isNull()) {
      breach("message.allowed_mentions", "allowed_mentions is missing, so mentions would ping");
      return;
    }
    JsonNode parse = allowed.path("parse");
    if (!parse.isArray() || !parse.isEmpty()) {
      breach("message.allowed_mentions", "allowed_mentions.parse must be [] but is " + parse);
    }
  }

  private void length(String rule, String what, String text, int min, int max) {
    if (text.length() < min || text.length() > max) {
      breach(rule, what + " has " + text.length() + " chars, allowed " + min + "–" + max);
    }
  }

  private void atMost(String rule, String what, int actual, int max) {
    if (actual > max) {
      breach(rule, what + ": " + actual + " > " + max);
    }
  }

  private void breach(String rule, String detail) {
    breaches.add(new Breach(rule, detail));
  }
}
