package io.newsdesk.discord;

import java.util.Map;
import java.util.regex.Pattern;

/** The bot token, read from {@code DISCORD_TOKEN} only; never logged, never shown. */
final class BotToken {
  static final String VARIABLE = "DISCORD_TOKEN";
  private static final Pattern SHAPE =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  static final String WHERE =
      "Discord Developer Portal → Applications → your application → Bot → Reset Token";

  private BotToken() {}

  static String from(Map<String, String> env) {
    String token = env.getOrDefault(VARIABLE, "").strip();
    if (token.startsWith("Bot ")) {
      token = token.substring(4).strip();
    }
    if (token.isEmpty()) {
      throw new BotStartupException(
          VARIABLE
              + " is not set: copy the bot token from the "
              + WHERE
              + ", then run "
              + "`export "
              + VARIABLE
              + "=...` (never put it in a file that is committed).");
    }
    if (!SHAPE.matcher(token).matches()) {
      throw new BotStartupException(
          VARIABLE
              + " does not look like a bot token (three parts separated by dots; not the"
              + " application id or the client secret): copy it again from the "
              + WHERE
              + ".");
    }
    return token;
  }
}
