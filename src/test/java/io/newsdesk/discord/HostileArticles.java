package io.newsdesk.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Articles written to trip a bot up: pings and markdown in the text, a 200 KB paragraph without a
 * sentence end, bidi and control characters, quotes that never close.
 */
final class HostileArticles {
  private HostileArticles() {}

  static void write(Path folder) throws IOException {
    Files.writeString(
        folder.resolve("pings.md"),
        """
        ---
        title: "@everyone <@&123> *Harbour* _news_"
        date: 2025-03-01
        url: https://example.com/harbour?utm_source=x
        ---

        @everyone the harbour council met <@&123456> and <@!42> to discuss ferries.

        The mayor said: "Use *bold* and __under__ and `code` and ||spoilers|| @here."

        ‮Reversed‬ text and a bell \u0007 and an escape \u001b[31m in the ferry report.
        """);
    Files.writeString(
        folder.resolve("long.md"),
        "---\ntitle: The endless ferry debate\n---\n\n"
            + "the ferry council debated the harbour tariffs without a pause ".repeat(3_500)
            + "\n\n“A quote that never closes about the ferry and the harbour "
            + "and so on ".repeat(500)
            + "\n");
  }
}
