package io.newsdesk.opensearch;

import io.newsdesk.index.ArticleSource;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.ingest.IngestException;
import io.newsdesk.quotes.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The seed articles as cluster documents, with their quotations, in as many copies as asked. */
final class SeedDocuments {
  private SeedDocuments() {}

  static List<ClusterDocument> copies(int copies) throws IOException {
    List<Article> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.sorted().toList()) {
        seeds.addAll(ArticleFiles.readAll(file).articles());
      }
    } catch (IngestException e) {
      throw new IllegalStateException(e);
    }
    QuoteExtractor quotes = new QuoteExtractor();
    float[] vector = new float[IndexDefinition.VECTOR_DIMENSION];
    vector[0] = 1;
    List<ClusterDocument> docs = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (Article seed : seeds) {
        Article article =
            new Article(
                seed.id() + "-" + copy,
                seed.url(),
                seed.title(),
                seed.published(),
                seed.source(),
                seed.authors(),
                seed.paragraphs());
        docs.addAll(
            ClusterDocuments.of(
                article,
                ArticleSource.file(Path.of("seeds", "copy-" + copy).toAbsolutePath()),
                quotes.extract(article),
                Optional.of(vector),
                "seed-documents"));
      }
    }
    return docs;
  }

  /** How many documents of each kind. */
  static Map<IndexKind, Long> counts(List<ClusterDocument> docs) {
    Map<IndexKind, Long> counts = new HashMap<>();
    docs.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
    return counts;
  }
}
