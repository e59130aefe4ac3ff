package io.newsdesk.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between double quote marks (straight or curly) in an article body, paragraph by
 * paragraph. Single quotes are left alone: in news they mark quotes nested inside double quotes
 * (kept as part of the outer quote) far more often than top-level quotes, and apostrophes make them
 * ambiguous.
 *
 * <p>News convention for a quote running over several paragraphs: the paragraph ends without a
 * closing mark and the next paragraph opens with a new opening mark. Such spans share a {@code
 * chain} number so they can share one attribution.
 */
final class QuoteSpanFinder {

  /**
   * One quote: {@code start..end} are the words inside the marks; {@code markStart..markEnd}
   * include the marks (markEnd is the paragraph end when the quote is not closed there).
   */
  record Span(int start, int end, int markStart, int markEnd, int paragraph, int chain) {}

  private static final char OPEN_CURLY = '\u201C';
  private static final char CLOSE_CURLY = '\u201D';
  private static final char STRAIGHT = '"';

  /** The quotes of {@code paragraphs}, which start at {@code starts} in the article text. */
  List<Span> find(List<String> paragraphs, int[] starts) {
    Scan scan = new Scan();
    boolean carried = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = paragraphs.get(p);
      carried = scan.paragraph(para, starts[p], p, carried && startsWithOpeningMark(para));
    }
    return scan.spans;
  }

  /**
   * The quotes found so far and the chain number of the last: a quote left open at the end of a
   * paragraph goes on in the next one that opens with a quote mark.
   */
  private static final class Scan {
    final List<Span> spans = new ArrayList<>();
    int chain = 0;
    private String para;
    private int offset;
    private int paragraph;
    private boolean continuesChain;
    private int openAt;
    private char openMark;
    private boolean nestedCurly;

    /** Scans one paragraph; whether a quote is left open at its end. */
    boolean paragraph(String para, int offset, int paragraph, boolean continuesChain) {
      this.para = para;
      this.offset = offset;
      this.paragraph = paragraph;
      this.continuesChain = continuesChain;
      openAt = -1;
      openMark = 0;
      nestedCurly = false;
      for (int i = 0; i < para.length(); i++) {
        char c = para.charAt(i);
        if (c == OPEN_CURLY) {
          openCurly(i);
        } else if (c == CLOSE_CURLY) {
          closeCurly(i);
        } else if (c == STRAIGHT) {
          straight(i);
        }
      }
      if (openAt >= 0) {
        addSpan(spans, para, offset, openAt, para.length(), para.length(), paragraph, chain);
        return true;
      }
      return false;
    }

    private void open(int i, char mark) {
      openAt = i;
      openMark = mark;
      if (!continuesChain || i > 0) {
        chain++;
      }
    }

    private void close(int i, int closeAt, int markEnd) {
      addSpan(spans, para, offset, openAt, closeAt, markEnd, paragraph, chain);
      openAt = -1;
    }

    private void openCurly(int i) {
      if (openAt >= 0 && openMark == OPEN_CURLY) {
        close(
            i, i, i); // An opening mark while one is open: the earlier quote lost its closing mark.
      }
      nestedCurly = openAt >= 0; // “…” inside "…"
      if (openAt < 0) {
        open(i, OPEN_CURLY);
      }
    }

    /** A curly close also ends a quote opened by a straight mark: "… ” is a common typo. */
    private void closeCurly(int i) {
      if (nestedCurly) {
        nestedCurly = false;
      } else if (openAt >= 0) {
        close(i, i, i + 1);
      }
    }

    private void straight(int i) {
      if (openAt < 0) {
        // "“…”: a straight mark doubling a curly one; the curly mark opens the quote.
        boolean doubled = i + 1 < para.length() && para.charAt(i + 1) == OPEN_CURLY;
        if (!doubled && opensHere(para, i)) {
          open(i, STRAIGHT);
        }
      } else if (openMark == STRAIGHT || closesHere(para, i)) {
        close(i, i, i + 1);
        nestedCurly = false;
      }
    }
  }

  /**
   * State Del. Marcia "Cia" Price: one capitalised word in quote marks between two words of a name
   * is a nickname, not anyone's words (and left as a quote it would cut the name in two).
   */
  private static boolean nickname(String para, int openAt, int markEnd, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isLetter(para.charAt(i)) && para.charAt(i) != '.') {
        return false;
      }
    }
    boolean capitalised = Character.isUpperCase(para.charAt(s));
    boolean nameBefore =
        openAt >= 2 && para.charAt(openAt - 1) == ' ' && capitalisedWordEndsAt(para, openAt - 1);
    boolean nameAfter =
        markEnd + 1 < para.length()
            && para.charAt(markEnd) == ' '
            && Character.isUpperCase(para.charAt(markEnd + 1));
    return capitalised && nameBefore && nameAfter;
  }

  private static boolean capitalisedWordEndsAt(String para, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(para.charAt(start - 1))) {
      start--;
    }
    return start < end && Character.isUpperCase(para.charAt(start));
  }

  private static boolean startsWithOpeningMark(String para) {
    return !para.isEmpty() && (para.charAt(0) == OPEN_CURLY || para.charAt(0) == STRAIGHT);
  }

  private static boolean opensHere(String para, int i) {
    char before = i == 0 ? ' ' : para.charAt(i - 1);
    boolean beforeOk = "([{/: \u00A0".indexOf(before) >= 0 || ArticleTokens.isDash(before);
    boolean afterOk = i + 1 < para.length() && !Character.isWhitespace(para.charAt(i + 1));
    return beforeOk && afterOk;
  }

  private static boolean closesHere(String para, int i) {
    boolean beforeOk = i > 0 && !Character.isWhitespace(para.charAt(i - 1));
    boolean afterOk = i + 1 >= para.length() || !Character.isLetterOrDigit(para.charAt(i + 1));
    return beforeOk && afterOk;
  }

  private static void addSpan(
      List<Span> spans,
      String para,
      int offset,
      int openAt,
      int closeAt,
      int markEnd,
      int paragraph,
      int chain) {
    int s = openAt + 1;
    int e = closeAt;
    while (s < e && Character.isWhitespace(para.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(para.charAt(e - 1))) {
      e--;
    }
    if (e > s && !nickname(para, openAt, markEnd, s, e)) {
      spans.add(
          new Span(offset + s, offset + e, offset + openAt, offset + markEnd, paragraph, chain));
    }
  }
}
