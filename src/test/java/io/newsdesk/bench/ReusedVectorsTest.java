package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bench's reused vectors: one model call per distinct title and lead")
final class ReusedVectorsTest {
  @Test
  @DisplayName("a copy with a new id and date gets the first one's vector; another lead its own")
  void copiesShareTheirVector() {
    List<String> embedded = new ArrayList<>();
    ReusedVectors vectors =
        new ReusedVectors(
            article -> {
              embedded.add(article.id());
              return Optional.of(new float[] {embedded.size()});
            });
    Article original = article("a1", "Ferry", "The ferry sailed.", LocalDate.of(2024, 3, 15));
    Article copy = article("a1-copy1", "Ferry", "The ferry sailed.", LocalDate.of(2024, 2, 14));
    Article other = article("a2", "Ferry", "The ferry sank.", LocalDate.of(2024, 3, 15));

    float[] first = vectors.embed(original).orElseThrow();
    float[] again = vectors.embed(copy).orElseThrow();
    float[] third = vectors.embed(other).orElseThrow();

    assertThat(embedded).containsExactly("a1", "a2");
    assertThat(again).isSameAs(first);
    assertThat(third).containsExactly(2f);
  }

  private static Article article(String id, String title, String text, LocalDate published) {
    return new Article(
        id,
        Optional.empty(),
        title,
        Optional.of(published),
        Optional.empty(),
        List.of(),
        List.of(text));
  }
}
