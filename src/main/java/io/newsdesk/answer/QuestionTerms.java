package io.newsdesk.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of a text as the index sees them (lower-cased, stemmed, stop words out), with their
 * positions and character offsets. Questions are never parsed as Lucene query syntax: "AND",
 * "title:", quotes and brackets are just words or nothing, so no question can throw.
 */
public final class QuestionTerms {
  private QuestionTerms() {}

  /** One analysed word: its term, position (gaps where stop words were) and offsets. */
  public record Token(String term, int position, int start, int end) {}

  public static List<Token> tokens(Analyzer analyzer, String field, String text) {
    return tokens(analyzer, field, text, CharTermAttribute::toString);
  }

  /**
   * The tokens of the words that count for the question's weight, at the positions and offsets they
   * have among all the words: a passage's other words matter to nothing that reads its tokens.
   */
  static List<Token> counted(Analyzer analyzer, String field, String text, QueryTerms terms) {
    return tokens(analyzer, field, text, term -> terms.counted(term.buffer(), term.length()));
  }

  /** The tokens whose term {@code kept} names (null: left out). */
  private static List<Token> tokens(
      Analyzer analyzer, String field, String text, Function<CharTermAttribute, String> kept) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        String name = kept.apply(term);
        if (name != null) {
          tokens.add(new Token(name, position, offset.startOffset(), offset.endOffset()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory failed", e);
    }
    return tokens;
  }

  /** Distinct terms in order of first appearance. */
  public static List<String> distinct(List<Token> tokens) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    tokens.forEach(t -> seen.putIfAbsent(t.term(), Boolean.TRUE));
    return List.copyOf(seen.keySet());
  }
}
