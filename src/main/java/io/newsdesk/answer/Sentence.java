package io.newsdesk.answer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newsdesk.ingest.Article;
import io.newsdesk.words.WordFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence of a passage: its offsets, trimmed, and whether it is a whole paragraph (a heading, a
 * caption or a one-line post is one). Sentences are found by ICU's sentence rules; a sentence they
 * end with a word of {@code answer/abbreviations.txt} ("Sen. Chuck Schumer", "Jan. 6", "the U.S.
 * Army") goes on into the next. (ICU's own filter for this misses abbreviations with two full
 * stops, and those of its English list, such as "U.S." and "Lt.", in version 78.)
 */
record Sentence(int start, int end, boolean wholeParagraph) {
  private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

  /** One per thread: a break iterator holds the text it walks, and cloning one is costly. */
  private static final ThreadLocal<BreakIterator> ITERATOR =
      ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

  private static final Set<String> ABBREVIATIONS =
      Set.copyOf(WordFile.lines("/answer/abbreviations.txt"));

  String text(String passage) {
    return passage.substring(start, end);
  }

  int length() {
    return end - start;
  }

  /** The sentences of a text; a paragraph break always ends one. */
  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int brk = text.indexOf(Article.PARAGRAPH_BREAK, from);
      int to = brk < 0 ? text.length() : brk;
      paragraph(text, from, to, out);
      if (brk < 0) {
        break;
      }
      from = brk + Article.PARAGRAPH_BREAK.length();
    }
    if (out.isEmpty()) {
      out.add(new Sentence(0, text.length(), true));
    }
    return out;
  }

  private static void paragraph(String text, int from, int to, List<Sentence> out) {
    BreakIterator iterator = ITERATOR.get();
    iterator.setText(text.substring(from, to));
    List<Sentence> found = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      int s = from + start;
      int e = from + end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        found.add(new Sentence(s, e, false));
      }
    }
    for (int i = 0; i + 1 < found.size(); ) {
      if (endsWithAbbreviation(text, found.get(i))) {
        found.set(i, new Sentence(found.get(i).start(), found.get(i + 1).end(), false));
        found.remove(i + 1);
      } else {
        i++;
      }
    }
    if (found.size() == 1) {
      Sentence only = found.get(0);
      found.set(0, new Sentence(only.start(), only.end(), true));
    }
    out.addAll(found);
  }

  private static boolean endsWithAbbreviation(String text, Sentence sentence) {
    int from = sentence.end();
    while (from > sentence.start() && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    while (from < sentence.end() && !Character.isLetter(text.charAt(from))) {
      from++;
    }
    return ABBREVIATIONS.contains(text.substring(from, sentence.end()));
  }
}
