package io.newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.SeedArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Documents: what the index holds for each kind")
final class DocumentsTest {
  @TempDir Path dir;

  @Test
  @DisplayName(
      "every document has a norm for the passage text and title (dense norms), yet only passages"
          + " count as holding text")
  void passageNormsAreDense() throws IOException {
    Path articles = SeedArticles.copyInto(dir.resolve("articles"));
    try (TestIndex index = TestIndex.open(dir.resolve("index"))) {
      index.update(List.of(articles));
      index.withSearcher(
          searcher -> {
            IndexReader reader = searcher.getIndexReader();
            int passages =
                searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)));
            assertThat(passages).isPositive().isLessThan(reader.maxDoc());
            assertThat(reader.getDocCount(Fields.TEXT)).isEqualTo(passages);
            assertThat(reader.getDocCount(Fields.TITLE_TEXT)).isEqualTo(passages);
            for (LeafReaderContext leaf : reader.leaves()) {
              for (String field : List.of(Fields.TEXT, Fields.TITLE_TEXT)) {
                NumericDocValues norms = leaf.reader().getNormValues(field);
                assertThat(norms).as(field).isNotNull();
                assertThat(norms.cost())
                    .as("documents with a %s norm", field)
                    .isEqualTo(leaf.reader().maxDoc());
              }
            }
            return null;
          });
    }
  }
}
