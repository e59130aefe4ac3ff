package io.newsdesk.quotes;

import io.newsdesk.ingest.Article;
import io.newsdesk.quotes.QuoteContext.Decision;
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
  /** The sieve name of an embedded post's quotation: its signature line names the author. */
  static final String EMBEDDED_POST = "signature of an embedded post";

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
    List<Token> tokens = Token.tokenize(text, 0, text.length());
    NameIndex names = new NameIndex(text, tokens, insideQuote(text, spans));
    SpeakerAttributor attributor = new SpeakerAttributor(text, tokens, names, verbs);
    VoxPops voxPops = new VoxPops(paragraphs, paragraphStarts, spans, attributor);
    QuoteContext context =
        new QuoteContext(text, paragraphs, paragraphStarts, spans, attributor, voxPops);

    List<Quotation> quotations = new ArrayList<>(spans.size() + 2);
    quotations.addAll(quoted(context, decideAll(context, names), names));
    quotations.addAll(posts(text, paragraphs, paragraphStarts, names));
    quotations.sort(
        Comparator.comparingInt(Quotation::start).thenComparing(Quotation::end, (a, b) -> b - a));
    return List.copyOf(quotations);
  }

  private static boolean[] insideQuote(String text, List<Span> spans) {
    boolean[] insideQuote = new boolean[text.length() + 1];
    for (Span s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        insideQuote[i] = true;
      }
    }
    return insideQuote;
  }

  /**
   * Every quote decided in order (each decision known to the sieves after it), then post-passes.
   */
  private static List<Decision> decideAll(QuoteContext context, NameIndex names) {
    for (int i = 0; i < context.spans.size(); i++) {
      Decision decision = decide(context, i);
      names.settle();
      context.decide(decision);
      int at = context.span(i).start();
      decision.attribution().speaker().ifPresent(speaker -> names.spoke(speaker, at));
    }
    List<Decision> decisions = new ArrayList<>(context.decisions());
    for (Sieves.PostPass pass : Sieves.POST_PASSES) {
      pass.apply(context, decisions);
    }
    return decisions;
  }

  private static List<Quotation> quoted(
      QuoteContext context, List<Decision> decisions, NameIndex names) {
    List<Quotation> quotations = new ArrayList<>(decisions.size());
    for (int i = 0; i < decisions.size(); i++) {
      Span s = context.span(i);
      Optional<String> speaker = decisions.get(i).attribution().speaker();
      quotations.add(
          new Quotation(
              context.text.substring(s.start(), s.end()),
              s.start(),
              s.end(),
              speaker,
              speaker.flatMap(names::role),
              decisions.get(i).sieve()));
    }
    return quotations;
  }

  /** An embedded post is a quotation of the account its signature names. */
  private List<Quotation> posts(
      String text, List<String> paragraphs, int[] paragraphStarts, NameIndex names) {
    List<Quotation> quotations = new ArrayList<>();
    for (EmbeddedPosts.Post post : postFinder.find(paragraphs, paragraphStarts)) {
      String author = names.canonical(post.author());
      quotations.add(
          new Quotation(
              text.substring(post.start(), post.end()),
              post.start(),
              post.end(),
              Optional.of(author),
              names.role(author),
              EMBEDDED_POST));
    }
    return quotations;
  }

  /** The first sieve that decides, and the fallback when it names nobody. */
  private static Decision decide(QuoteContext article, int i) {
    Decision decision = Decision.NONE;
    for (Sieve sieve : Sieves.ORDER) {
      Optional<Attribution> decided = sieve.decide(article, i);
      if (decided.isPresent()) {
        decision = new Decision(decided.get(), named(sieve, decided.get()));
        break;
      }
    }
    if (!decision.attribution().found()) {
      Attribution signed = Sieves.FALLBACK.decide(article, i).orElse(Attribution.NONE);
      decision =
          new Decision(signed, signed.found() ? named(Sieves.FALLBACK, signed) : decision.sieve());
    }
    return decision;
  }

  /** The sieve's name, and the reading in it that decided ("speaker after the quote: X said"). */
  private static String named(Sieve sieve, Attribution decided) {
    return decided.by().isEmpty() ? sieve.name() : sieve.name() + ": " + decided.by();
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
