package io.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The baseline's excerpt: the sentences of a passage that contain the most distinct query terms
 * (the passage analysed once, each term credited to the sentence it starts in), earlier first among
 * equals, shown in the passage's order. Not thread-safe: it reuses one sentence splitter.
 */
final class BestSentences {
  private final BreakIterator splitter = BreakIterator.getSentenceInstance(Locale.ENGLISH);
  private final Analyzer analyzer;
  private final String field;

  BestSentences(Analyzer analyzer, String field) {
    this.analyzer = analyzer;
    this.field = field;
  }

  private record Sentence(int index, int start, int end, Set<String> terms) {}

  /** The {@code count} best sentences of {@code text}, joined by a space. */
  String best(String text, Set<String> queryTerms, int count) {
    List<Sentence> sentences = sentences(text);
    credit(text, queryTerms, sentences);
    List<Sentence> chosen =
        sentences.stream()
            .sorted(
                Comparator.comparingInt((Sentence s) -> -s.terms().size())
                    .thenComparingInt(Sentence::index))
            .limit(count)
            .sorted(Comparator.comparingInt(Sentence::index))
            .toList();
    StringBuilder out = new StringBuilder();
    for (Sentence s : chosen) {
      out.append(out.isEmpty() ? "" : " ").append(text, s.start(), s.end());
    }
    return out.toString().strip();
  }

  private List<Sentence> sentences(String text) {
    splitter.setText(text);
    List<Sentence> sentences = new ArrayList<>();
    int start = splitter.first();
    for (int end = splitter.next(); end != BreakIterator.DONE; end = splitter.next()) {
      sentences.add(new Sentence(sentences.size(), start, end, new HashSet<>()));
      start = end;
    }
    return sentences;
  }

  /** Adds each query term of the text to the sentence it starts in (tokens come in order). */
  private void credit(String text, Set<String> queryTerms, List<Sentence> sentences) {
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int at = 0;
      while (tokens.incrementToken()) {
        while (at < sentences.size() - 1 && offset.startOffset() >= sentences.get(at).end()) {
          at++;
        }
        String word = term.toString();
        if (queryTerms.contains(word)) {
          sentences.get(at).terms().add(word);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
