package io.newsdesk.quotes;

import io.newsdesk.quotes.NameLines.NameLine;
import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Round-ups of reactions ("vox pops"): each quote is a paragraph of its own and the speaker's name
 * stands on a line of its own next to it, with no reporting verb: "“…”¶Jane Doe, 34, Phoenix" or
 * "Jane Doe, 34, Phoenix¶“…”".
 *
 * <p>Whether the name signs the quote above or introduces the one below is read from the whole run
 * of alternating name lines and quotes: a run opening with a name and closing with a quote pairs
 * each name with the quote after it, one opening with a quote and closing with a name pairs each
 * quote with the name after it. A run that opens and closes alike could pair either way and stays
 * unattributed. A bare name line next to a single quote is as likely a heading, so one pair is only
 * taken when the line is a signature below the quote giving an age or a description ("Jane Doe, 34,
 * retired teacher"); a name line ending with a colon above a quote is left to the rule for "X:
 * “…”". A bare name with a full stop ("Jane Doe.") signs a letter or ends a heading, so it never
 * introduces the quote below.
 */
final class VoxPops {

  private static final int MIN_PAIRS = 2;

  /** One paragraph of a run: a name line, or the paragraphs of one quote. */
  private record Item(NameLine line, int firstSpan, int lastSpan) {

    boolean isName() {
      return line != null;
    }
  }

  private final NameLine[] lines;
  private final NameLine[] signatures;

  VoxPops(List<String> paragraphs, int[] starts, List<Span> spans, SpeakerAttributor attributor) {
    lines = new NameLine[paragraphs.size()];
    signatures = new NameLine[spans.size()];
    List<Item> items = items(paragraphs, starts, spans, attributor);
    int from = 0;
    for (int k = 1; k <= items.size(); k++) {
      boolean continues =
          k < items.size()
              && items.get(k) != null
              && items.get(k - 1) != null
              && items.get(k).isName() != items.get(k - 1).isName();
      if (!continues) {
        pair(items.subList(from, k));
        from = k;
      }
    }
  }

  /**
   * The paragraphs as items of a round-up: a name line, a run of paragraphs that are one quote each
   * (a quote going on over paragraphs is one item), or null for anything else.
   */
  private List<Item> items(
      List<String> paragraphs, int[] starts, List<Span> spans, SpeakerAttributor attributor) {
    int n = paragraphs.size();
    int[] count = new int[n];
    int[] onlySpan = new int[n];
    for (int i = 0; i < spans.size(); i++) {
      count[spans.get(i).paragraph()]++;
      onlySpan[spans.get(i).paragraph()] = i;
    }
    List<Item> items = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      int end = starts[p] + paragraphs.get(p).length();
      if (count[p] == 0) {
        lines[p] = attributor.nameLine(starts[p], end);
        items.add(lines[p] == null ? null : new Item(lines[p], -1, -1));
        continue;
      }
      Span s = spans.get(onlySpan[p]);
      boolean quoteOnly =
          count[p] == 1
              && attributor.noWordsBetween(starts[p], s.markStart())
              && attributor.noWordsBetween(s.markEnd(), end);
      Item last = items.isEmpty() ? null : items.get(items.size() - 1);
      if (!quoteOnly) {
        items.add(null);
      } else if (last != null
          && !last.isName()
          && spans.get(last.lastSpan()).chain() == s.chain()) {
        items.set(items.size() - 1, new Item(null, last.firstSpan(), onlySpan[p]));
      } else {
        items.add(new Item(null, onlySpan[p], onlySpan[p]));
      }
    }
    return items;
  }

  /** The name line signing the quote {@code spans.get(span)}, or null. */
  NameLine signatureOf(int span) {
    return signatures[span];
  }

  /** Whether paragraph {@code p} is a name line, whose name is no narrative subject. */
  boolean isNameLine(int p) {
    return lines[p] != null;
  }

  private void pair(List<Item> run) {
    if (run.size() < 2 || run.size() % 2 != 0 || run.get(0) == null) {
      return;
    }
    int pairs = run.size() / 2;
    boolean namesFirst = run.get(0).isName();
    for (int k = namesFirst ? 0 : 1; k < run.size(); k += 2) {
      NameLine line = run.get(k).line();
      if (namesFirst ? line.dash() || line.bareStop() : line.colon()) {
        return; // a dash or a full stop ends a signature or a heading, a colon introduces
      }
      boolean signsAlone = !namesFirst && (line.dash() || line.described());
      if (pairs < MIN_PAIRS && !signsAlone) {
        return;
      }
    }
    for (int k = 0; k < run.size(); k += 2) {
      Item quote = run.get(namesFirst ? k + 1 : k);
      NameLine line = run.get(namesFirst ? k : k + 1).line();
      for (int s = quote.firstSpan(); s <= quote.lastSpan(); s++) {
        signatures[s] = line;
      }
    }
  }
}
