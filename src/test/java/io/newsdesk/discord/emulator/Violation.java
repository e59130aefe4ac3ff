package io.newsdesk.discord.emulator;

/**
 * A breach of one of Discord's rules by the client under test.
 *
 * @param rule a short stable name of the rule, e.g. {@code message.content.length}
 * @param detail what exactly was wrong, for the test failure message
 * @param route the request that broke it, e.g. {@code POST /channels/{channel_id}/messages}
 */
public record Violation(String rule, String detail, String route) {
  @Override
  public String toString() {
    return rule + " at " + route + ": " + detail;
  }
}
