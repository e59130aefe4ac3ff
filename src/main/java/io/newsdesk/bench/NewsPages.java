package io.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Real articles (from a JSONL corpus) served as a news site would serve them: each on an HTML page
 * with the usual clutter around it, and an RSS feed listing them.
 */
final class NewsPages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  record Story(String id, String title, String text, String date) {}

  private NewsPages() {}

  static List<Story> read(Path corpus, int limit) throws IOException {
    List<Story> stories = new ArrayList<>();
    InputStream raw = Files.newInputStream(corpus);
    if (corpus.getFileName().toString().endsWith(".gz")) {
      raw = new GZIPInputStream(raw, 1 << 16);
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while (stories.size() < limit && (line = in.readLine()) != null) {
        JsonNode node = JSON.readTree(line);
        String text = node.path("text").asText("");
        if (text.length() < 400) {
          continue;
        }
        stories.add(
            new Story(
                "story-" + stories.size(),
                node.path("title").asText("A story"),
                text,
                node.path("published").asText("2025-03-04")));
      }
    }
    return stories;
  }

  static String page(Story story) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : story.text().split("\\n\\s*\\n")) {
      body.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
    }
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
        + escape(story.title())
        + " | Local News</title><meta property=\"og:site_name\" content=\"Local News\">"
        + "</head><body><nav class=\"menu\"><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>"
        + "<div class=\"cookie-banner\"><p>We use cookies.</p><button>OK</button></div>"
        + "<main><article><h1>"
        + escape(story.title())
        + "</h1><div class=\"share-bar\"><a href=\"#\">Share</a></div>"
        + body
        + "<aside class=\"newsletter\"><p>Sign up for our newsletter.</p></aside></article>"
        + "<section class=\"most-read\"><h2>Most read</h2><ol><li><a href=\"/x\">Other</a></li>"
        + "</ol></section></main><footer><p>© Local News</p></footer></body></html>";
  }

  static String feed(List<Story> stories, java.util.function.Function<Story, String> link) {
    StringBuilder out =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Local News</title><link>http://127.0.0.1/</link><description>News"
                + "</description>");
    for (Story story : stories) {
      out.append("<item><guid>")
          .append(story.id())
          .append("</guid><link>")
          .append(link.apply(story))
          .append("</link><title>")
          .append(escape(story.title()))
          .append("</title><pubDate>")
          .append(date(story.date()))
          .append("</pubDate><description>")
          .append(escape(story.text().substring(0, Math.min(200, story.text().length()))))
          .append("</description></item>");
    }
    return out.append("</channel></rss>").toString();
  }

  private static String date(String published) {
    try {
      return RFC_822.format(
          LocalDate.parse(published.substring(0, Math.min(10, published.length())))
              .atStartOfDay()
              .atOffset(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      return "Tue, 04 Mar 2025 00:00:00 GMT";
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
