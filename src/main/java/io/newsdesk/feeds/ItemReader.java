package io.newsdesk.feeds;

import io.newsdesk.config.Fetch;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleLimits;
import io.newsdesk.ingest.CleanUrls;
import io.newsdesk.ingest.Hosts;
import io.newsdesk.ingest.Titles;
import io.newsdesk.ingest.Whitespace;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Turns one feed item into an article: the whole article from its page when the page has one, else
 * the feed's own text, saying which was used and why.
 */
final class ItemReader {
  static final String ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

  private final Fetch settings;
  private final HttpFetcher fetcher;

  ItemReader(Fetch settings, HttpFetcher fetcher) {
    this.settings = settings;
    this.fetcher = fetcher;
  }

  /** An article, a note about how it was read, or both; neither when the item has no text. */
  record Read(Optional<FeedArticle> article, Optional<String> note) {
    static Read skipped(String why) {
      return new Read(Optional.empty(), Optional.of(why));
    }
  }

  /** The item's page, read as an article, or why it could not be. */
  private record PageRead(Optional<Page> page, String why) {}

  private PageRead fetchPage(Optional<String> link, boolean mayReachPrivate)
      throws InterruptedException {
    if (!settings.fullArticles() || link.isEmpty()) {
      return new PageRead(Optional.empty(), "no page to fetch");
    }
    try {
      Fetched fetched =
          fetcher.get(
              new URI(link.get()),
              Optional.empty(),
              Optional.empty(),
              settings.maxPageMb() * 1_000_000L,
              ACCEPT_HTML,
              mayReachPrivate);
      PageExtractor.Result result = PageExtractor.extract(fetched);
      if (result instanceof PageExtractor.Extracted extracted) {
        return new PageRead(Optional.of(extracted.page()), "");
      }
      return new PageRead(Optional.empty(), ((PageExtractor.NotAnArticle) result).reason());
    } catch (FetchException e) {
      return new PageRead(Optional.empty(), e.getMessage());
    } catch (URISyntaxException e) {
      return new PageRead(Optional.empty(), "not an address");
    }
  }

  Read read(FeedItem item, Optional<String> feedName, String feedTitle, boolean mayReachPrivate)
      throws InterruptedException {
    Optional<String> link = item.link().flatMap(CleanUrls::clean);
    PageRead pageRead = fetchPage(link, mayReachPrivate);
    Optional<Page> page = pageRead.page();
    String why = pageRead.why();
    List<String> paragraphs =
        page.map(Page::paragraphs).orElseGet(() -> PageExtractor.feedText(item.feedText()));
    if (paragraphs.isEmpty()) {
      return Read.skipped("no text, neither on its page (" + why + ") nor in the feed");
    }
    Optional<String> url = page.flatMap(Page::canonicalUrl).or(() -> link);
    String title =
        Optional.of(Whitespace.normalise(item.title()))
            .filter(t -> !t.isBlank())
            .or(() -> page.flatMap(Page::title))
            .orElseGet(() -> Titles.of(paragraphs));
    Optional<LocalDate> published =
        item.published()
            .map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate())
            .or(() -> page.flatMap(Page::published));
    Optional<String> source =
        feedName
            .or(() -> page.flatMap(Page::siteName))
            .or(() -> url.flatMap(Hosts::of))
            .or(() -> Optional.of(feedTitle).filter(t -> !t.isBlank()));
    List<String> authors =
        item.authors().isEmpty() ? page.map(Page::authors).orElse(List.of()) : item.authors();
    Article article = new Article(item.guid(), url, title, published, source, authors, paragraphs);
    Optional<String> tooLong = ArticleLimits.problem(article);
    if (tooLong.isPresent()) {
      return Read.skipped("skipped: " + tooLong.get());
    }
    Optional<String> note =
        page.isPresent() || !settings.fullArticles() || link.isEmpty()
            ? Optional.empty()
            : Optional.of("used the feed's own text: its page " + link.get() + ": " + why);
    return new Read(Optional.of(new FeedArticle(article, item.guid(), page.isPresent())), note);
  }
}
