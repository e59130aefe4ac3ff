package io.newsdesk.bench;

import io.newsdesk.embed.Embedder;
import io.newsdesk.index.ArticleEmbedder;
import io.newsdesk.ingest.Article;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Article vectors made once per distinct title and lead: a scaled corpus repeats every article with
 * a new id and date, and the same text has the same vector, so measuring answers at ten million
 * passages need not run the model ten million times.
 */
final class ReusedVectors implements ArticleEmbedder {
  private final ArticleEmbedder model;
  private final Map<String, Optional<float[]>> made = new ConcurrentHashMap<>();

  ReusedVectors(ArticleEmbedder model) {
    this.model = model;
  }

  @Override
  public Optional<float[]> embed(Article article) {
    return made.computeIfAbsent(Embedder.lead(article), lead -> model.embed(article));
  }
}
