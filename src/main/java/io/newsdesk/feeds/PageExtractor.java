package io.newsdesk.feeds;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns a fetched web page into the article it holds, or says why it holds none. */
final class PageExtractor {
  /** Less article text than this is a teaser, a gallery or an index page, not an article. */
  static final int MIN_TEXT = 300;

  private PageExtractor() {}

  /** The page's article, or the reason there is none. */
  sealed interface Result permits Extracted, NotAnArticle {}

  record Extracted(Page page) implements Result {}

  record NotAnArticle(String reason) implements Result {}

  static Result extract(Fetched fetched) {
    String type = fetched.contentType().orElse("text/html").toLowerCase(Locale.ROOT);
    if (!type.contains("html")) {
      return new NotAnArticle("not an HTML page (" + type.split(";")[0].strip() + ")");
    }
    String html = PageCharset.decode(fetched.body(), fetched.contentType());
    Document doc = Jsoup.parse(html, fetched.uri().toString());
    PageMetadata meta = PageMetadata.of(doc);
    List<String> paragraphs = PageText.paragraphs(doc, fetched.uri().toString());
    int chars = paragraphs.stream().mapToInt(String::length).sum();
    if (chars < MIN_TEXT) {
      return new NotAnArticle("no article on the page (" + chars + " characters of text)");
    }
    return new Extracted(
        new Page(
            meta.title(),
            meta.authors(),
            meta.published(),
            meta.canonicalUrl(),
            meta.siteName(),
            paragraphs));
  }

  /** The text of a feed's own HTML (a teaser, or the whole article in some feeds). */
  static List<String> feedText(String html) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
    doc.select("figure, figcaption, img, script, style, iframe").remove();
    List<String> paragraphs = new java.util.ArrayList<>();
    var blocks = doc.body().select("p, h2, h3, h4, li, blockquote");
    if (blocks.isEmpty()) {
      return io.newsdesk.ingest.ArticleText.fromPlainText(doc.body().wholeText());
    }
    for (var block : blocks) {
      if (block.select("p, h2, h3, h4, li, blockquote").size() == 1 && !block.text().isBlank()) {
        paragraphs.add(block.text());
      }
    }
    return io.newsdesk.ingest.ArticleText.clean(paragraphs);
  }
}
