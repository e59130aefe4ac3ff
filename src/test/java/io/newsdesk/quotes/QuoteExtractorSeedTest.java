package io.newsdesk.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ingest.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuoteExtractorSeedTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  @DisplayName("seed 000: Hegseth and Rutte are named with their roles")
  void seedHegsethAndRutte() {
    Article article = TestArticles.seed("000_97c75e727dbce1ad.txt");
    List<Quotation> quotes = extractor.extract(article);

    Quotation hegseth = quoteStarting(quotes, "The United States does not believe");
    assertThat(hegseth.text())
        .isEqualTo(
            "The United States does not believe that NATO membership for Ukraine is a realistic"
                + " outcome of a negotiated settlement,");
    assertThat(hegseth.speaker()).contains("Pete Hegseth");
    assertThat(hegseth.role()).contains("US Defense Secretary");

    Quotation rutte = quoteStarting(quotes, "We must equalize security assistance");
    assertThat(rutte.text()).endsWith("we need to do even more,");
    assertThat(rutte.speaker()).contains("Mark Rutte");
    assertThat(rutte.role()).contains("NATO Secretary General");
  }

  @Test
  @DisplayName("seed 000: embedded posts and a dash attribution after a quote")
  void seedPosts() {
    List<Quotation> quotes = extractor.extract(TestArticles.seed("000_97c75e727dbce1ad.txt"));

    Quotation inPost = quoteStarting(quotes, "The stronger Ukraine is on the battlefield");
    assertThat(inPost.speaker()).contains("Mark Rutte");

    Quotation brics = quoteStarting(quotes, "JUST IN:");
    assertThat(brics.text()).contains("United States says Ukraine will not join NATO");
    assertThat(brics.text()).doesNotContain("pic.twitter.com");
    assertThat(brics.speaker()).contains("BRICS News");
  }

  @Test
  @DisplayName("seed 001: 'the Trump Cabinet official' and partial quotes are Hegseth's")
  void seedCabinetOfficial() {
    List<Quotation> quotes = extractor.extract(TestArticles.seed("001_1f5bda88c7521d9d.txt"));

    Quotation troops = quoteContaining(quotes, "there will not be U.S. troops deployed to Ukraine");
    assertThat(troops.speaker()).contains("Pete Hegseth");
    assertThat(troops.role()).contains("Defense Secretary");

    assertThat(quoteStarting(quotes, "realistic").speaker()).contains("Pete Hegseth");
    assertThat(quoteStarting(quotes, "must be backed by").speaker()).contains("Pete Hegseth");
    assertThat(quoteStarting(quotes, "directly and unambiguously").speaker())
        .contains("Pete Hegseth");
  }

  @Test
  @DisplayName("every quotation's text is exactly the article text at its offsets")
  void textsAreVerbatim() {
    for (String seed : List.of("000_97c75e727dbce1ad.txt", "001_1f5bda88c7521d9d.txt")) {
      Article article = TestArticles.seed(seed);
      for (Quotation q : extractor.extract(article)) {
        assertThat(article.text().substring(q.start(), q.end())).isEqualTo(q.text());
      }
    }
  }

  static Quotation quoteStarting(List<Quotation> quotes, String prefix) {
    Optional<Quotation> found =
        quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst();
    assertThat(found).as("a quotation starting with %s in %s", prefix, quotes).isPresent();
    return found.get();
  }

  static Quotation quoteContaining(List<Quotation> quotes, String part) {
    Optional<Quotation> found =
        quotes.stream()
            .filter(q -> q.text().contains(part))
            .min((a, b) -> a.text().length() - b.text().length());
    assertThat(found).as("a quotation containing %s in %s", part, quotes).isPresent();
    return found.get();
  }
}
