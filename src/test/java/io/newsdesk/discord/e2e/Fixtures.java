package io.newsdesk.discord.e2e;

import java.util.Map;

/** Articles made for the limits: one with enormous paragraphs, one that tries to ping. */
final class Fixtures {
  private Fixtures() {}

  static final String HUGE_QUESTION = "Were the zeppelin harbour tariffs raised?";

  /** Three paragraphs of about 6000 characters, without a sentence end to cut at. */
  static final String HUGE_ARTICLE =
      """
      ---
      title: "Zeppelin harbour tariffs: a very long report"
      url: "https://example.com/zeppelin-harbour-tariffs"
      source: "Example Gazette"
      date: "2025-03-01"
      ---
      """
          + paragraph("The zeppelin harbour tariffs were raised again")
          + "\n\n"
          + paragraph("Critics of the zeppelin harbour tariffs answered")
          + "\n\n"
          + paragraph("The harbour master defended the zeppelin tariffs")
          + "\n";

  private static String paragraph(String start) {
    StringBuilder out = new StringBuilder(start);
    int i = 0;
    while (out.length() < 6000) {
      out.append(", and clause ")
          .append(i++)
          .append(" of the zeppelin harbour tariffs debate went on and on");
    }
    return out.append('.').toString();
  }

  static final String PINGING_QUESTION = "Was the fisheries quota vote delayed?";

  static final String PINGING_ARTICLE =
      """
      ---
      title: "Fisheries quota vote delayed"
      url: "https://example.com/fisheries"
      source: "Example Gazette"
      date: "2025-03-02"
      ---
      The fisheries council met on Monday. @everyone <@&123456789012345678> the fisheries quota \
      vote was delayed again, officials said, and fishermen were told to wait for the quota \
      decision until next month while the council studies the fisheries quota vote report.

      The fisheries quota vote had been expected for weeks.
      """;

  /** Both fixtures by file name, as extra articles for {@link BotHarness}. */
  static final Map<String, String> ARTICLES =
      Map.of("huge.md", HUGE_ARTICLE, "everyone.md", PINGING_ARTICLE);
}
