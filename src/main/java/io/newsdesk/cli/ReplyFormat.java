package io.newsdesk.cli;

import picocli.CommandLine.Option;

/** How a question command prints its reply: readable text, the bot's Discord markdown, or JSON. */
final class ReplyFormat {
  enum Format {
    TEXT,
    DISCORD,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (readable, the default), discord (the markdown the bot posts) or json.")
  String format;

  Format format() {
    return switch (format == null ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> Format.TEXT;
      case "discord" -> Format.DISCORD;
      case "json" -> Format.JSON;
      default ->
          throw new NewsdeskCli.UserError(
              "--format: must be text, discord or json, was '"
                  + io.newsdesk.ingest.OneLine.of(format, 40)
                  + "'");
    };
  }
}
