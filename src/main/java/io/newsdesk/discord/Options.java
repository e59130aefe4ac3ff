package io.newsdesk.discord;

import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionType;

/** Slash command option definitions shared by the commands. */
final class Options {
  /** Long enough for any question, short enough to keep a query cheap. */
  static final int TEXT_MAX = 300;

  private Options() {}

  static SlashCommandOption text(String name, String description, boolean required) {
    return new SlashCommandOptionBuilder()
        .setType(SlashCommandOptionType.STRING)
        .setName(name)
        .setDescription(description)
        .setRequired(required)
        .setMaxLength(TEXT_MAX)
        .build();
  }

  static SlashCommandOption autocompleted(String name, String description) {
    return new SlashCommandOptionBuilder()
        .setType(SlashCommandOptionType.STRING)
        .setName(name)
        .setDescription(description)
        .setRequired(true)
        .setMaxLength(TEXT_MAX)
        .setAutocompletable(true)
        .build();
  }
}
