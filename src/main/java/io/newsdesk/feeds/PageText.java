package io.newsdesk.feeds;

import io.newsdesk.ingest.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of a news page: what is plainly not the article is removed first (navigation,
 * cookie banners, newsletter boxes, "most read" lists, share bars, footers, by their tags, roles
 * and class names), Readability then finds the main content, and its paragraphs, without figures
 * and their captions, are the text.
 */
final class PageText {
  private static final String CLUTTER_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form,"
          + " button, input, select, dialog, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=dialog], [aria-hidden=true], [hidden]";
  private static final Set<String> CLUTTER_WORDS =
      Set.of(
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "newsletter",
          "newsletters",
          "subscribe",
          "subscription",
          "signup",
          "share",
          "sharing",
          "sharebar",
          "social",
          "related",
          "recommended",
          "recommendations",
          "mostread",
          "popular",
          "trending",
          "promo",
          "promotion",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "sponsor",
          "sponsored",
          "paywall",
          "modal",
          "popup",
          "breadcrumb",
          "breadcrumbs",
          "comments",
          "toolbar",
          "caption",
          "outbrain",
          "taboola",
          "footer",
          "nav",
          "navbar",
          "menu",
          "sidebar");
  private static final String BLOCKS = "p, h2, h3, h4, h5, li, blockquote, pre";

  private PageText() {}

  static List<String> paragraphs(Document page, String url) {
    Document copy = page.clone();
    removeClutter(copy);
    Element content;
    try {
      content = new Readability4J(url, copy).parse().getArticleContent();
    } catch (RuntimeException e) {
      content = null; // Readability gave up on this page: no article text
    }
    if (content == null) {
      return List.of();
    }
    content.select("figure, figcaption, picture, img, video, audio, table").remove();
    List<String> paragraphs = new ArrayList<>();
    for (Element block : content.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a list item holding paragraphs: its paragraphs are taken one by one
      }
      String text = block.text();
      if (!text.isBlank()) {
        paragraphs.add(text);
      }
    }
    return ArticleText.clean(paragraphs);
  }

  private static void removeClutter(Document doc) {
    doc.select(CLUTTER_TAGS).remove();
    List<Element> clutter = new ArrayList<>();
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (e != doc.body() && isClutter(e)) {
        clutter.add(e);
      }
    }
    clutter.forEach(Element::remove);
  }

  private static boolean isClutter(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank() || e.tagName().equals("article") || e.tagName().equals("main")) {
      return false;
    }
    if (e.select("p").stream().filter(p -> p.text().length() > 80).limit(3).count() == 3) {
      return false; // three real paragraphs: the article itself, whatever its classes say
    }
    for (String token : names.split("\\s+")) {
      String joined = token.replace("-", "").replace("_", "");
      if (CLUTTER_WORDS.contains(joined)) {
        return true;
      }
      for (String part : token.split("[-_]")) {
        if (CLUTTER_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
