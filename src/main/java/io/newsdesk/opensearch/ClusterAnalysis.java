package io.newsdesk.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.words.WordFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The analysis of the embedded index, declared in index settings so that the cluster makes the same
 * terms of the same text:
 *
 * <ul>
 *   <li>{@value #ENGLISH}: Lucene's {@code EnglishAnalyzer} step by step (standard tokenizer,
 *       English possessives, lower case, the English stop words, the Porter stemmer), for passages,
 *       titles and quotation stems;
 *   <li>{@value #WORDS}: every word lower-cased, nothing dropped or stemmed ({@code
 *       StandardAnalyzer} without stop words), for quotation words, speaker names and the words
 *       spelling corrections use;
 *   <li>{@value #ENGLISH_SYNONYMS} and {@value #QUOTE_SYNONYMS}: the English chain and then the
 *       project's synonym groups, for questions only. Like the embedded side ({@code
 *       answer.Synonyms}) only single-word entries take part and words compare as stems: each
 *       question stem also matches the other stems of its groups. The synonym filter closes the
 *       gaps stop words leave in positions: word distances come from {@value #ENGLISH}.
 *   <li>{@value #POSITIONS}: stems as given, split at spaces, each {@value #GAP} an empty position,
 *       for phrases of question stems.
 * </ul>
 */
final class ClusterAnalysis {
  static final String ENGLISH = "nd_english";
  static final String WORDS = "nd_words";
  static final String ENGLISH_SYNONYMS = "nd_english_synonyms";
  static final String QUOTE_SYNONYMS = "nd_quote_synonyms";
  static final String POSITIONS = "nd_positions";

  /** In a {@value #POSITIONS} text, a position left empty: "summit _ _ america". */
  static final String GAP = "_";

  /** The synonym lists of passage search, and of quotation search (see {@code whosaid}). */
  static final List<String> ANSWER_LISTS = List.of("/answer/synonyms.txt");

  static final List<String> QUOTE_LISTS = List.of("/answer/synonyms.txt", "/whosaid/synonyms.txt");

  private static final List<String> ENGLISH_FILTERS =
      List.of("nd_possessive", "lowercase", "nd_stop", "nd_stem");

  private ClusterAnalysis() {}

  /** The {@code analysis} section of the index settings. */
  static ObjectNode settings() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode analysis = json.objectNode();
    ObjectNode filters = analysis.putObject("filter");
    filters.putObject("nd_possessive").put("type", "stemmer").put("language", "possessive_english");
    filters.putObject("nd_stop").put("type", "stop").put("stopwords", "_english_");
    filters.putObject("nd_stem").put("type", "stemmer").put("language", "english");
    synonymFilter(filters, "nd_answer_synonyms", ANSWER_LISTS);
    synonymFilter(filters, "nd_quote_synonyms", QUOTE_LISTS);
    filters.putObject("nd_gap").put("type", "stop").putArray("stopwords").add(GAP);
    ObjectNode analyzers = analysis.putObject("analyzer");
    analyzer(analyzers, ENGLISH, ENGLISH_FILTERS);
    analyzer(analyzers, WORDS, List.of("lowercase"));
    analyzer(analyzers, ENGLISH_SYNONYMS, with(ENGLISH_FILTERS, "nd_answer_synonyms"));
    analyzer(analyzers, QUOTE_SYNONYMS, with(ENGLISH_FILTERS, "nd_quote_synonyms"));
    // Terms already analysed, at the positions given: a phrase of stems with the gaps stop words
    // leave, as the embedded index's pair queries place them.
    analyzers
        .putObject(POSITIONS)
        .put("type", "custom")
        .put("tokenizer", "whitespace")
        .putArray("filter")
        .add("nd_gap");
    return analysis;
  }

  private static void analyzer(ObjectNode analyzers, String name, List<String> filters) {
    ObjectNode analyzer = analyzers.putObject(name).put("type", "custom");
    analyzer.put("tokenizer", "standard");
    ArrayNode list = analyzer.putArray("filter");
    filters.forEach(list::add);
  }

  private static List<String> with(List<String> filters, String last) {
    List<String> all = new ArrayList<>(filters);
    all.add(last);
    return all;
  }

  /**
   * A synonym filter placed after the stemmer: the cluster runs its rules through the filters
   * before it, so the words of a group are written as in the list and compared as stems.
   */
  private static void synonymFilter(ObjectNode filters, String name, List<String> resources) {
    ObjectNode filter = filters.putObject(name).put("type", "synonym_graph").put("expand", true);
    ArrayNode rules = filter.putArray("synonyms");
    synonymRules(resources).forEach(rules::add);
  }

  /**
   * The groups of the lists as synonym rules ({@code "join, membership, member"}), keeping only the
   * entries the English analysis makes one term of, as the embedded side does; a group left with
   * fewer than two is no rule.
   */
  static List<String> synonymRules(List<String> resources) {
    List<String> rules = new ArrayList<>();
    try (Analyzer english = new EnglishAnalyzer()) {
      for (String resource : resources) {
        for (String line : WordFile.lines(resource)) {
          List<String> words = new ArrayList<>();
          for (String word : line.split(",")) {
            if (termCount(english, word.strip()) == 1) {
              words.add(word.strip());
            }
          }
          if (words.size() >= 2) {
            rules.add(String.join(", ", words));
          }
        }
      }
    }
    return rules;
  }

  private static int termCount(Analyzer analyzer, String text) {
    try (TokenStream tokens = analyzer.tokenStream("", text)) {
      tokens.reset();
      int count = 0;
      while (tokens.incrementToken()) {
        count++;
      }
      tokens.end();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
