package io.newsdesk.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Feeds in the three formats, and a news page with real-world clutter, for the feed tests. */
final class FeedFixtures {
  private FeedFixtures() {}

  /** One feed item: id, link, title, date (RFC 822 for RSS), description. */
  record Item(String guid, String link, String title, String date, String description) {}

  static String rss2(String title, List<Item> items) {
    StringBuilder out =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
            .append(title)
            .append("</title><link>https://tessaly.example/</link><description>News</description>");
    for (Item item : items) {
      out.append("<item><guid isPermaLink=\"false\">")
          .append(item.guid())
          .append("</guid><link>")
          .append(item.link())
          .append("</link><title>")
          .append(item.title())
          .append("</title><pubDate>")
          .append(item.date())
          .append("</pubDate><description><![CDATA[")
          .append(item.description())
          .append("]]></description></item>");
    }
    return out.append("</channel></rss>").toString();
  }

  static String atom(String title, List<Item> items) {
    StringBuilder out =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
            .append(title)
            .append("</title><id>urn:tessaly</id><updated>2025-03-04T10:00:00Z</updated>");
    for (Item item : items) {
      out.append("<entry><id>")
          .append(item.guid())
          .append("</id><link href=\"")
          .append(item.link())
          .append("\"/><title>")
          .append(item.title())
          .append("</title><updated>")
          .append(item.date())
          .append(
              "</updated><author><name>Jane Doe</name></author><summary type=\"html\"><![CDATA[")
          .append(item.description())
          .append("]]></summary></entry>");
    }
    return out.append("</feed>").toString();
  }

  static String rss1(String title, List<Item> items) {
    StringBuilder out =
        new StringBuilder(
                "<?xml version=\"1.0\"?>\n<rdf:RDF"
                    + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                    + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<channel rdf:about=\"https://tessaly.example/rss\"><title>")
            .append(title)
            .append("</title><link>https://tessaly.example/</link><description>News</description>")
            .append("</channel>");
    for (Item item : items) {
      out.append("<item rdf:about=\"")
          .append(item.link())
          .append("\"><title>")
          .append(item.title())
          .append("</title><link>")
          .append(item.link())
          .append("</link><dc:date>")
          .append(item.date())
          .append("</dc:date><description>")
          .append(item.description().replace("<", "&lt;"))
          .append("</description></item>");
    }
    return out.append("</rdf:RDF>").toString();
  }

  /** The cluttered news page, its canonical address set. */
  static String clutteredPage(String canonical) {
    try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/cluttered-article.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{{canonical}}", canonical);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The markers the page puts in its clutter: none may reach an article's text. */
  static final List<String> CLUTTER =
      List.of(
          "NAVIGATIONMARKER",
          "COOKIEMARKER",
          "SHAREMARKER",
          "CAPTIONMARKER",
          "NEWSLETTERMARKER",
          "MOSTREADMARKER",
          "FOOTERMARKER");

  /** A short plain article page, for feeds of many items. */
  static String simplePage(String title, String text) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + text
        + "</p><p>"
        + text
        + " It was reported again in the evening edition, with more detail.</p><p>"
        + text
        + " Readers wrote in about it for days after that.</p></article></body></html>";
  }
}
