package io.newsdesk.discord;

/** Package-private parts of the Discord adapter, for the end-to-end tests in another package. */
public final class DiscordBotAccess {
  private DiscordBotAccess() {}

  public static void checkResolves(String host) {
    DiscordBot.checkResolves(host);
  }
}
