package io.newsdesk.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.answer.Synonyms;
import io.newsdesk.index.Fields;
import io.newsdesk.ingest.Article;
import io.newsdesk.ingest.ArticleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * The contract between the two backends' analysis: for the seed articles and real questions, the
 * cluster's analyzers (declared in {@link IndexDefinition}'s settings) make exactly the terms, at
 * exactly the positions, that the embedded index's Lucene analyzers make; and a question's terms
 * carry the same synonyms on both sides.
 */
final class AnalysisContractClusterTest {
  private static TestCluster cluster;
  private static ClusterConnection connection;
  private static OpenSearchClient client;
  private static String passages;
  private static String quotations;
  private static String articles;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.start(1, Map.of());
    connection = cluster.connect("contract");
    client = connection.client();
    Aliases aliases = new Aliases(client, "contract", Clock.systemUTC());
    IndexDefinition definition = new IndexDefinition(1, 0);
    passages = aliases.create(IndexKind.PASSAGES, definition);
    quotations = aliases.create(IndexKind.QUOTATIONS, definition);
    articles = aliases.create(IndexKind.ARTICLES, definition);
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close(); // and the connections it opened
    }
  }

  /** Every paragraph and title of the seed articles. */
  static List<String> seedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (Article article : ArticleFiles.readAll(seed).articles()) {
          texts.add(article.title());
          texts.addAll(article.paragraphs());
        }
      }
    } catch (io.newsdesk.ingest.IngestException e) {
      throw new IllegalStateException(e);
    }
    assertThat(texts).hasSizeGreaterThan(10);
    return texts;
  }

  @ParameterizedTest
  @MethodSource("seedTexts")
  @DisplayName("passages and titles: the cluster's English terms are the embedded index's")
  void englishIndexSide(String text) throws IOException {
    try (Analyzer lucene = new EnglishAnalyzer()) {
      assertThat(cluster(passages, ClusterAnalysis.ENGLISH, text)).isEqualTo(lucene(lucene, text));
    }
  }

  @ParameterizedTest
  @MethodSource("seedTexts")
  @DisplayName("quotation words, speakers, spelling words: every word lower-cased on both sides")
  void wordsSide(String text) throws IOException {
    try (Analyzer lucene = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
      assertThat(cluster(quotations, ClusterAnalysis.WORDS, text)).isEqualTo(lucene(lucene, text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Will Ukraine join NATO?",
        "Who won the election in Germany?",
        "Did the company buy the firm, and what did it cost?",
        "Why was the minister fired and arrested?",
        "What did Hegseth say about Ukraine's membership?",
        "Which country banned the sale of TikTok?",
        "the price of eggs"
      })
  @DisplayName("questions: each term and its synonyms are the same on both sides")
  void searchSideWithSynonyms(String question) throws IOException {
    assertSynonymsMatch(
        passages, ClusterAnalysis.ENGLISH_SYNONYMS, ClusterAnalysis.ANSWER_LISTS, question);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "American troops will not leave",
        "U.S. soldiers said they won",
        "we will win the war"
      })
  @DisplayName("remembered quotations: each term and its synonyms, with who-said's own list too")
  void quoteSearchSideWithSynonyms(String phrase) throws IOException {
    assertSynonymsMatch(
        quotations, ClusterAnalysis.QUOTE_SYNONYMS, ClusterAnalysis.QUOTE_LISTS, phrase);
  }

  @ParameterizedTest
  @MethodSource("seedTexts")
  @DisplayName("seed sentences as questions: the same terms and synonyms on both sides")
  void seedTextsAsQuestions(String text) throws IOException {
    assertSynonymsMatch(
        passages, ClusterAnalysis.ENGLISH_SYNONYMS, ClusterAnalysis.ANSWER_LISTS, text);
  }

  @Test
  @DisplayName("text fields score with BM25 k1 0.6, b 0.3, as the embedded index does")
  void bm25AsEmbedded() throws IOException {
    var settings =
        client
            .indices()
            .getSettings(g -> g.index(passages).flatSettings(true))
            .result()
            .get(passages);
    String json = settings.settings().toJsonString();
    assertThat(json)
        .contains("\"index.similarity.nd_bm25.type\":\"BM25\"")
        .contains("\"index.similarity.nd_bm25.k1\":\"0.6\"")
        .contains("\"index.similarity.nd_bm25.b\":\"0.3\"");
    String mapping =
        client.indices().getMapping(g -> g.index(passages)).result().get(passages).toJsonString();
    assertThat(mapping).contains("\"similarity\":\"nd_bm25\"");
  }

  @Test
  @DisplayName("article vectors: 384 numbers, k-NN on the Lucene engine by cosine")
  void vectorField() throws IOException {
    String mapping =
        client.indices().getMapping(g -> g.index(articles)).result().get(articles).toJsonString();
    assertThat(mapping)
        .contains("\"" + Fields.VECTOR + "\":{\"type\":\"knn_vector\"")
        .contains("\"dimension\":384")
        .contains("\"engine\":\"lucene\"")
        .contains("\"space_type\":\"cosinesimil\"");
  }

  /** Lucene's terms of the text, by position. */
  private static Map<Integer, Set<String>> lucene(Analyzer analyzer, String text)
      throws IOException {
    Map<Integer, Set<String>> terms = new TreeMap<>();
    try (TokenStream tokens = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.computeIfAbsent(position, p -> new TreeSet<>()).add(term.toString());
      }
      tokens.end();
    }
    return terms;
  }

  /** The cluster's terms of the text with one of its analyzers, by position. */
  private static Map<Integer, Set<String>> cluster(String index, String analyzer, String text)
      throws IOException {
    Map<Integer, Set<String>> terms = new TreeMap<>();
    for (AnalyzeToken token :
        client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text)).tokens()) {
      terms.computeIfAbsent((int) token.position(), p -> new TreeSet<>()).add(token.token());
    }
    return terms;
  }

  /**
   * The embedded side's question terms: each stem with the other stems of its synonym groups, as
   * {@code answer.Synonyms} gives them to the passage search, in order. Only the order is compared,
   * not the positions: the cluster's synonym filter closes the gaps stop words leave, so a query
   * side that needs word distances (the embedded side's near-pairs) takes positions from {@link
   * ClusterAnalysis#ENGLISH}, which {@link #englishIndexSide} shows keeps them exactly.
   */
  private static void assertSynonymsMatch(
      String index, String analyzer, List<String> lists, String text) throws IOException {
    try (Analyzer english = new EnglishAnalyzer()) {
      Synonyms synonyms = Synonyms.load(english, Fields.TEXT, lists);
      Map<Integer, Set<String>> expected = new TreeMap<>();
      lucene(english, text)
          .forEach(
              (position, terms) -> {
                Set<String> all = new LinkedHashSet<>(terms);
                terms.forEach(t -> all.addAll(synonyms.of(t)));
                expected.put(position, new TreeSet<>(all));
              });
      assertThat(List.copyOf(cluster(index, analyzer, text).values()))
          .isEqualTo(List.copyOf(expected.values()));
    }
  }
}
