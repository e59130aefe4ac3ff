package io.newsdesk.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ingest.CleanUrls;
import io.newsdesk.ingest.Dates;
import io.newsdesk.ingest.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: JSON-LD ({@code NewsArticle} and its kin) first, then Open
 * Graph and {@code article:*} meta tags, then plain HTML ({@code <link rel=canonical>}, {@code
 * <title>}, {@code <meta name=author>}).
 */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "report");

  private final Document doc;
  private final Optional<JsonNode> ld;

  private PageMetadata(Document doc) {
    this.doc = doc;
    this.ld = jsonLdArticle(doc);
  }

  static PageMetadata of(Document doc) {
    return new PageMetadata(doc);
  }

  Optional<String> canonicalUrl() {
    return attr("link[rel=canonical]", "abs:href")
        .or(() -> meta("og:url"))
        .or(() -> ld.flatMap(n -> text(n, "url")))
        .flatMap(CleanUrls::clean);
  }

  Optional<String> title() {
    return ld.flatMap(n -> text(n, "headline"))
        .or(() -> meta("og:title"))
        .or(() -> Optional.of(doc.title()))
        .map(Whitespace::normalise)
        .filter(t -> !t.isBlank());
  }

  Optional<String> siteName() {
    return meta("og:site_name")
        .or(
            () ->
                ld.flatMap(n -> Optional.ofNullable(n.get("publisher")))
                    .flatMap(PageMetadata::name))
        .map(Whitespace::normalise)
        .filter(s -> !s.isBlank() && s.length() <= 100);
  }

  Optional<LocalDate> published() {
    return ld.flatMap(n -> text(n, "datePublished"))
        .or(() -> meta("article:published_time"))
        .or(() -> attr("meta[itemprop=datePublished]", "content"))
        .or(() -> attr("meta[name=date]", "content"))
        .or(() -> attr("article time[datetime], time[pubdate][datetime]", "datetime"))
        .flatMap(Dates::parse);
  }

  List<String> authors() {
    Set<String> names = new LinkedHashSet<>();
    ld.map(n -> n.get("author"))
        .ifPresent(
            author -> {
              if (author.isArray()) {
                author.forEach(a -> name(a).ifPresent(names::add));
              } else {
                name(author).ifPresent(names::add);
              }
            });
    if (names.isEmpty()) {
      for (Element meta : doc.select("meta[name=author], meta[property=article:author]")) {
        String value = meta.attr("content").strip();
        if (!value.isEmpty() && !value.startsWith("http")) {
          names.add(value);
        }
      }
    }
    List<String> out = new ArrayList<>();
    names.stream()
        .map(Whitespace::normalise)
        .filter(n -> !n.isBlank() && n.length() <= 100)
        .limit(20)
        .forEach(out::add);
    return out;
  }

  private Optional<String> meta(String property) {
    return attr("meta[property=" + property + "], meta[name=" + property + "]", "content");
  }

  private Optional<String> attr(String query, String attribute) {
    for (Element e : doc.select(query)) {
      String value = e.attr(attribute).strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isObject()) {
      return text(value, "@id");
    }
    return value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }

  private static Optional<String> name(JsonNode person) {
    if (person == null) {
      return Optional.empty();
    }
    if (person.isTextual()) {
      return Optional.of(person.asText().strip()).filter(s -> !s.isEmpty());
    }
    return text(person, "name");
  }

  /** The first JSON-LD object on the page that is an article, in a list or an @graph too. */
  private static Optional<JsonNode> jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonNode> found = findArticle(JSON.readTree(script.data()), 0);
        if (found.isPresent()) {
          return found;
        }
      } catch (java.io.IOException e) {
        // a broken JSON-LD block says nothing; the meta tags may
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        Optional<JsonNode> found = findArticle(n, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText().toLowerCase(java.util.Locale.ROOT)));
    } else if (type != null) {
      types.add(type.asText().toLowerCase(java.util.Locale.ROOT));
    }
    if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
      return Optional.of(node);
    }
    return findArticle(node.get("@graph"), depth + 1);
  }
}
