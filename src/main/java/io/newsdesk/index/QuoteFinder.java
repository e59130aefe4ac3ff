package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.Quotation;
import java.util.List;

/** Finds an article's quotations and their speakers, at index time; wired in by the app. */
@FunctionalInterface
public interface QuoteFinder {
  List<Quotation> find(Article article);
}
