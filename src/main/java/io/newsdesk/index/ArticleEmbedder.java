package io.newsdesk.index;

import io.newsdesk.ingest.Article;
import java.util.Optional;

/**
 * The vector that stands for an article in the semantic index (its title and lead, embedded), or
 * none when semantic retrieval is off. Wired in by the app, like {@link QuoteFinder}.
 */
@FunctionalInterface
public interface ArticleEmbedder {
  Optional<float[]> embed(Article article);

  /** No vectors: the index is searched by its words only. */
  ArticleEmbedder NONE = article -> Optional.empty();
}
