package io.newsdesk.discord;

import io.newsdesk.config.Config;
import java.util.stream.Collectors;

/** Where the bot answers: everywhere, or only in the allowed channels and the ask channels. */
final class ChannelRules {
  private ChannelRules() {}

  static boolean allowed(Config.Discord settings, long channelId) {
    return settings.allowedChannels().isEmpty()
        || settings.allowedChannels().contains(channelId)
        || settings.askChannels().contains(channelId);
  }

  /** Channel mentions ping nobody; they show as links to the channels. */
  static String notHere(Config.Discord settings) {
    return "I only answer in "
        + settings.allowedChannels().stream()
            .map(id -> "<#" + id + ">")
            .collect(Collectors.joining(", "))
        + " and in direct messages.";
  }
}
