package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.AskOptions;
import io.newsdesk.answer.Excerpt;
import io.newsdesk.embed.Embedder;
import io.newsdesk.index.FileIndexer;
import io.newsdesk.index.IndexFolder;
import io.newsdesk.index.IngestProgress;
import io.newsdesk.index.NewsIndexWriter;
import io.newsdesk.ingest.ArticleFiles;
import io.newsdesk.quotes.QuoteExtractor;
import io.newsdesk.search.QuoteRecord;
import io.newsdesk.search.SearchBackend;
import io.newsdesk.whosaid.WhoSaidAnswer;
import io.newsdesk.whosaid.WhoSaidService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backend contract: the same articles in the embedded index and on a two-node cluster give the
 * same answers, word for word: the same articles in the same order, the same excerpts, the same
 * speakers, the same spelling corrections.
 */
final class BackendContractClusterTest {
  private static final Path ARTICLES = Path.of("src/test/resources/contract/articles.jsonl");
  private static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2025, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @TempDir static Path dir;
  private static TestCluster cluster;
  private static NewsIndexWriter embedded;
  private static SearchBackend onCluster;
  private static Backend lucene;
  private static Backend opensearch;

  /** What answers from one backend. */
  private record Backend(AnswerService answers, WhoSaidService whoSaid) {
    static Backend over(SearchBackend search) {
      AnswerService answers =
          new AnswerService(search, CLOCK, Duration.ofSeconds(30), Embedder.questions());
      return new Backend(answers, new WhoSaidService(search, answers));
    }
  }

  @BeforeAll
  static void fillBoth() throws Exception {
    QuoteExtractor quotes = new QuoteExtractor();
    embedded = NewsIndexWriter.open(IndexFolder.forWriting(dir.resolve("index")), false);
    new FileIndexer(embedded, quotes::extract, Embedder.articles())
        .update(
            List.of(new FileIndexer.Root(ARTICLES, false)),
            true,
            new IngestProgress(),
            () -> false);
    embedded.commit();
    embedded.index().refresh();

    cluster = TestCluster.start(2, Map.of());
    ClusterConnection connection = cluster.connect("contract");
    Aliases aliases = new Aliases(connection.client(), "contract", Clock.systemUTC());
    FilesReport filled =
        new ClusterRebuild(
                connection.client(),
                aliases,
                new IndexDefinition(2, 1),
                quotes::extract,
                Embedder.articles(),
                BulkWriter.Options.defaults())
            .rebuild(List.of(ARTICLES));
    assertThat(filled.articles()).isEqualTo(ArticleFiles.readAll(ARTICLES).articles().size());
    assertThat(filled.problems()).isZero();
    onCluster = new ClusterSearch(connection.client(), aliases);
    lucene = Backend.over(embedded.index());
    opensearch = Backend.over(onCluster);
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    if (embedded != null) {
      embedded.close();
    }
  }

  /** An answer as a reader sees it: status, and each excerpt's article and words. */
  private static List<String> shown(Answer answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.status().name());
    for (Excerpt excerpt : answer.excerpts()) {
      lines.add(excerpt.citation().identity() + " | " + excerpt.text());
    }
    answer.corrections().forEach(c -> lines.add("corrected " + c.from() + " -> " + c.to()));
    return lines;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Why did the rail workers strike?",
        "What did the central bank do with interest rates?",
        "Who won the election in Norland?",
        "Which country stayed away from the Summit of the Coast?",
        "How will Port Meridian pay for its desalination plant?",
        "Were there dead mussels near the outfall pipe?",
        "record apple harvest",
        "Did the rail strike end?",
        "Wil the centrall bank raise rates?",
        "What is the capital of Mars?"
      })
  @DisplayName("a question gets the same articles and the same excerpts from both backends")
  void sameAnswers(String question) {
    AskOptions options = new AskOptions(3, 1, Optional.empty(), 0.3);

    Answer fromLucene = lucene.answers().ask(question, options);
    Answer fromCluster = opensearch.answers().ask(question, options);

    assertThat(shown(fromCluster)).isEqualTo(shown(fromLucene));
  }

  @Test
  @DisplayName("an as-of day hides later articles on both backends alike")
  void sameAsOf() {
    AskOptions asOf = new AskOptions(3, 1, Optional.of(LocalDate.of(2025, 6, 1)), 0.3);
    String question = "What did the central bank do with interest rates?";

    List<String> fromLucene = shown(lucene.answers().ask(question, asOf));
    List<String> fromCluster = shown(opensearch.answers().ask(question, asOf));

    assertThat(fromCluster).isEqualTo(fromLucene);
    assertThat(String.join("\n", fromCluster)).contains("rates-up").doesNotContain("rates-hold");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is the end of the water trucks",
        "we will not give away our waters",
        "an empty chair speaks loudly",
        "the worst is behind us",
        "drivers went two years without a pay rise",
        "nobody ever said these words about turnips"
      })
  @DisplayName("a phrase gets the same speaker, quotation and sources from both backends")
  void sameWhoSaid(String phrase) {
    WhoSaidAnswer fromLucene = lucene.whoSaid().whoSaid(phrase);
    WhoSaidAnswer fromCluster = opensearch.whoSaid().whoSaid(phrase);

    assertThat(fromCluster.status()).isEqualTo(fromLucene.status());
    assertThat(fromCluster.quote()).isEqualTo(fromLucene.quote());
    assertThat(fromCluster.sources()).isEqualTo(fromLucene.sources());
  }

  @Test
  @DisplayName("quotations by a speaker and autocomplete agree on both backends")
  void sameQuotesAndSuggestions() {
    assertThat(texts(opensearch.whoSaid().quotesBy("Solheim", 5)))
        .isEqualTo(texts(lucene.whoSaid().quotesBy("Solheim", 5)))
        .hasSize(2);
    assertThat(texts(opensearch.whoSaid().suggestQuotes("we will t", 5)))
        .isEqualTo(texts(lucene.whoSaid().suggestQuotes("we will t", 5)))
        .isNotEmpty();
    assertThat(opensearch.whoSaid().suggestSpeakers("kow", 5))
        .isEqualTo(lucene.whoSaid().suggestSpeakers("kow", 5))
        .containsExactly("Marta Kowalczyk");
  }

  private static List<String> texts(List<QuoteRecord> quotes) {
    return quotes.stream().map(q -> q.speaker().orElse("?") + ": " + q.text()).toList();
  }
}
