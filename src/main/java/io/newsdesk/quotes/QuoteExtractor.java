package io.newsdesk.quotes;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.QuoteSpanFinder.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Extracts every quotation of an article and attributes it to a speaker. Pure and thread-safe: no
 * I/O besides loading the reporting-verb lexicon once.
 *
 * <p>Attribution order for a quote: its own sentence ("“…,” X said", "X said: “…”"), then the quote
 * it continues (the same multi-paragraph quote, an earlier quote in the same paragraph when nothing
 * stands between them, or the previous paragraph's quote when this paragraph is only a quote, or a
 * previous paragraph ending in "X continued:"). In a round-up of reactions the name on a line of
 * its own next to the quote is the speaker ({@link VoxPops}). Anything else stays unattributed.
 *
 * <p>An embedded post is also a quotation, of the account named in its signature line; a quote
 * inside a post keeps its own attribution, so a caller looking up a phrase should prefer the
 * shortest quotation containing it.
 */
public final class QuoteExtractor {

  private final ReportingVerbs verbs;
  private final QuoteSpanFinder spanFinder = new QuoteSpanFinder();
  private final EmbeddedPosts postFinder = new EmbeddedPosts();

  public QuoteExtractor() {
    this.verbs = ReportingVerbs.standard();
  }

  public List<Quotation> extract(Article article) {
    String text = article.text();
    List<String> paragraphs = article.paragraphs();
    int[] paragraphStarts = paragraphStarts(paragraphs);
    List<Span> spans = spanFinder.find(paragraphs, paragraphStarts);
    boolean[] insideQuote = new boolean[text.length() + 1];
    for (Span s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        insideQuote[i] = true;
      }
    }
    List<Token> tokens = Token.tokenize(text, 0, text.length());
    NameIndex names = new NameIndex(text, tokens, insideQuote);
    SpeakerAttributor attributor = new SpeakerAttributor(text, tokens, names, verbs);
    VoxPops voxPops = new VoxPops(paragraphs, paragraphStarts, spans, attributor);

    List<Attribution> found = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      Attribution a =
          attribute(text, paragraphs, paragraphStarts, spans, found, i, attributor, voxPops);
      if (!a.found()) {
        a = dashSignature(text, paragraphs, paragraphStarts, spans, i, attributor);
      }
      found.add(a);
      if (a.speaker().isPresent()) {
        names.spoke(a.speaker().get(), spans.get(i).start());
      }
    }
    shareWithinChains(spans, found);

    List<Quotation> quotations = new ArrayList<>(spans.size() + 2);
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      // "the hit television series “Laverne & Shirley”": a title is nobody's words, though the
      // quotes around it still go on with the sentence's speaker.
      boolean chained =
          i > 0 && spans.get(i - 1).chain() == s.chain()
              || i + 1 < spans.size() && spans.get(i + 1).chain() == s.chain();
      boolean title =
          attributor.namesAWork(s.markStart(), text.substring(s.start(), s.end()))
              || ListedTitles.isListedTitle(
                  s, paragraphs.get(s.paragraph()), paragraphStarts[s.paragraph()], chained);
      Optional<String> speaker = title ? Optional.empty() : found.get(i).speaker();
      quotations.add(
          new Quotation(
              text.substring(s.start(), s.end()),
              s.start(),
              s.end(),
              speaker,
              speaker.flatMap(names::role)));
    }
    for (EmbeddedPosts.Post post : postFinder.find(paragraphs, paragraphStarts)) {
      String author = names.canonical(post.author());
      quotations.add(
          new Quotation(
              text.substring(post.start(), post.end()),
              post.start(),
              post.end(),
              Optional.of(author),
              names.role(author)));
    }
    quotations.sort(
        Comparator.comparingInt(Quotation::start).thenComparing(Quotation::end, (a, b) -> b - a));
    return List.copyOf(quotations);
  }

  private static Attribution attribute(
      String text,
      List<String> paragraphs,
      int[] paragraphStarts,
      List<Span> spans,
      List<Attribution> found,
      int i,
      SpeakerAttributor attributor,
      VoxPops voxPops) {
    Span s = spans.get(i);
    int p = s.paragraph();
    Span previous = i > 0 && spans.get(i - 1).paragraph() == p ? spans.get(i - 1) : null;
    int leadingStart = previous == null ? paragraphStarts[p] : previous.markEnd();
    int trailingEnd = trailingEnd(paragraphs, paragraphStarts, spans, i);

    boolean opensParagraph = attributor.noWordsBetween(paragraphStarts[p], s.markStart());
    Attribution own =
        attributor.after(s.markEnd(), trailingEnd, text.charAt(s.end() - 1) == '.', opensParagraph);
    if (!own.found()) {
      own = attributor.before(leadingStart, s.markStart());
    }
    if (!own.found()
        && previous != null
        && !attributor.startsSentence(leadingStart, s.markStart())) {
      // "Carson shared a class called “Perception” on Facebook, writing “…”": the sentence
      // began before the earlier quote.
      own = attributor.before(paragraphStarts[p], s.markStart());
    }
    if (!own.found()) {
      own = attributor.framedBy(s.markStart(), s.markEnd());
    }
    if (own.speaker().isEmpty() && !opensParagraph && attributor.endsWithColon(s.markStart())) {
      // "Nominator comment: “…” - Jane Doe, school counselor.": a label names nobody, the
      // dash after the quote does.
      Attribution signed = dashSignature(text, paragraphs, paragraphStarts, spans, i, attributor);
      if (signed.speaker().isPresent()) {
        return signed;
      }
    }
    if (own.found()) {
      return own;
    }
    boolean continuesChain = i > 0 && spans.get(i - 1).chain() == s.chain();
    if (continuesChain && found.get(i - 1).found()) {
      return found.get(i - 1); // "“A.¶“B.”¶― Max Roe": the quote's speaker, then a byline
    }
    NameLines.NameLine nameLine = voxPops.signatureOf(i);
    if (nameLine != null) {
      Attribution signed = attributor.signedBy(nameLine); // "Jane Doe, 34, Phoenix¶“…”"
      if (signed.found()) {
        return signed;
      }
    }
    if (continuesChain) {
      return found.get(i - 1);
    }
    boolean continuesPrevious =
        previous != null
            && (attributor.noWordsBetween(previous.markEnd(), s.markStart())
                || attributor.onlyParticipleBetween(previous.markEnd(), s.markStart())
                || attributor.startsSentence(leadingStart, s.markStart())
                    && found.get(i - 1).speaker().isPresent());
    if (continuesPrevious) {
      // "“A,” Rubio said. “B.”": B goes on with Rubio's words.
      return found.get(i - 1);
    }
    boolean onlyQuotes =
        previous == null
            && attributor.noWordsBetween(paragraphStarts[p], s.markStart())
            && attributor.noWordsBetween(s.markEnd(), trailingEnd);
    if (onlyQuotes && p + 1 < paragraphs.size() && startsWithDash(paragraphs.get(p + 1))) {
      // "“…”¶- Hillary Clinton.": a signature line under the quote.
      int signature = paragraphStarts[p + 1];
      Attribution signed =
          attributor.after(signature, signature + paragraphs.get(p + 1).length(), false, true);
      if (signed.found()) {
        return signed;
      }
    }
    if (onlyQuotes && p > 0) {
      int previousEnd = paragraphStarts[p] - Article.PARAGRAPH_BREAK.length();
      if (attributor.endsWithColon(previousEnd)) {
        return attributor.before(paragraphStarts[p - 1], previousEnd);
      }
      if (i > 0 && spans.get(i - 1).paragraph() == p - 1) {
        Span last = spans.get(i - 1);
        boolean quoteEndsParagraph = attributor.noWordsBetween(last.markEnd(), previousEnd);
        if (found.get(i - 1).speaker().isPresent() || quoteEndsParagraph) {
          return found.get(i - 1);
        }
      } else if (voxPops.isNameLine(p - 1)) {
        // "Jane Doe, 34, Phoenix.¶“…”" not in a run of such pairs: maybe a heading, maybe not.
        return Attribution.NONE;
      } else {
        // "Trump spoke to reporters on Tuesday.¶“…”": the previous paragraph's last subject.
        return attributor.narrativeSubject(paragraphStarts[p - 1], previousEnd);
      }
    }
    boolean afterNarrative =
        previous == null
            && !attributor.noWordsBetween(paragraphStarts[p], s.markStart())
            && attributor.startsSentence(paragraphStarts[p], s.markStart())
            && attributor.noWordsBetween(s.markEnd(), trailingEnd);
    if (afterNarrative) {
      return attributor.narrativeSubject(paragraphStarts[p], s.markStart());
    }
    return Attribution.NONE;
  }

  /**
   * "On the economy: “…” ― Jane Doe, 34": a dash and a name after a quote that does not open its
   * paragraph sign it only when nothing before the quote says whose it is. After "Doe said. “…” ―
   * Max Roe" the dash is the byline of a live-blog entry.
   */
  private static Attribution dashSignature(
      String text,
      List<String> paragraphs,
      int[] paragraphStarts,
      List<Span> spans,
      int i,
      SpeakerAttributor attributor) {
    Span s = spans.get(i);
    int trailingEnd = trailingEnd(paragraphs, paragraphStarts, spans, i);
    return attributor.after(s.markEnd(), trailingEnd, text.charAt(s.end() - 1) == '.', true);
  }

  /** Where the text after quote {@code i} ends: at the next quote of its paragraph, or with it. */
  private static int trailingEnd(
      List<String> paragraphs, int[] paragraphStarts, List<Span> spans, int i) {
    int p = spans.get(i).paragraph();
    boolean nextInParagraph = i + 1 < spans.size() && spans.get(i + 1).paragraph() == p;
    return nextInParagraph
        ? spans.get(i + 1).markStart()
        : paragraphStarts[p] + paragraphs.get(p).length();
  }

  /** A quote running over paragraphs is attributed once, often only in its last paragraph. */
  private static void shareWithinChains(List<Span> spans, List<Attribution> found) {
    for (int i = spans.size() - 2; i >= 0; i--) {
      boolean sameChain = spans.get(i).chain() == spans.get(i + 1).chain();
      if (sameChain && !found.get(i).found()) {
        found.set(i, found.get(i + 1));
      }
    }
  }

  private static boolean startsWithDash(String paragraph) {
    return !paragraph.isEmpty() && ArticleTokens.isDash(paragraph.charAt(0));
  }

  private static int[] paragraphStarts(List<String> paragraphs) {
    int[] starts = new int[paragraphs.size()];
    int offset = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      starts[p] = offset;
      offset += paragraphs.get(p).length() + Article.PARAGRAPH_BREAK.length();
    }
    return starts;
  }
}
