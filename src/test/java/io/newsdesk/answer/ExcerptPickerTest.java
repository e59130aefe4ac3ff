package io.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.index.Fields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An excerpt leads with the sentence that answers, with only the context it needs")
final class ExcerptPickerTest {
  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  /** The excerpt chosen for a question, each of its words weighing the same. */
  private static String pick(String question, String passage) {
    Map<String, Double> idf = new HashMap<>();
    for (QuestionTerms.Token t : QuestionTerms.tokens(ENGLISH, Fields.TEXT, question)) {
      idf.put(t.term(), 1.0);
    }
    QueryTerms terms = new QueryTerms(idf, Map.of());
    List<QuestionTerms.Token> tokens = QuestionTerms.tokens(ENGLISH, Fields.TEXT, passage);
    ExcerptPicker.Pick pick =
        ExcerptPicker.pick(passage, tokens, ExcerptPicker.Asked.of(question, terms));
    return passage.substring(pick.start(), pick.end());
  }

  @Test
  @DisplayName("the answering sentence comes first, not the paragraphs that lead up to it")
  void answerFirst() {
    String passage =
        "The war in Ukraine entered its third year on Monday. Lawmakers have argued for months"
            + " over a new aid package for Kyiv. Officials said the Pentagon has yet to use nearly"
            + " $4 billion of military aid already approved by Congress. That money could pay for"
            + " artillery shells and air defence. A vote is expected next week.";

    String excerpt = pick("How much military aid has the Pentagon not used?", passage);

    assertThat(excerpt)
        .startsWith("Officials said the Pentagon has yet to use nearly $4 billion")
        .endsWith("artillery shells and air defence.");
  }

  @Test
  @DisplayName(
      "a sentence holding the kind of thing asked for beats one that restates the question")
  void evidenceOverRestating() {
    String passage =
        "Netflix subscribers are leaving, and the company says it has lost subscribers before."
            + " The streaming service lost 970,000 subscribers in the three months ending June"
            + " 30, fewer than the two million it had warned of.";

    String excerpt = pick("How many subscribers has Netflix lost?", passage);

    assertThat(excerpt).startsWith("The streaming service lost 970,000 subscribers");
  }

  @Test
  @DisplayName("an answer that starts with 'He' brings the sentence before it, which names him")
  void anaphorBringsItsAntecedent() {
    String passage =
        "The alliance's secretary general met the foreign minister of Ukraine in Brussels on"
            + " Tuesday. He said Ukraine would join NATO once the war was over. Talks resume in"
            + " June.";

    String excerpt = pick("When will Ukraine join NATO?", passage);

    assertThat(excerpt)
        .isEqualTo(
            "The alliance's secretary general met the foreign minister of Ukraine in Brussels on"
                + " Tuesday. He said Ukraine would join NATO once the war was over.");
  }

  @Test
  @DisplayName("headings, gallery text and an embedded post's label are never the answer")
  void chromeIsNeverTheAnswer() {
    String passage =
        "Ukraine and NATO membership\n\nHide Caption 6 of 49 Photos Ukraine NATO membership\n\n"
            + "JUST IN: Ukraine NATO membership talks\n\nDiplomats in Brussels said Ukraine's"
            + " membership of NATO was not on the summit's agenda this year.";

    String excerpt = pick("Will Ukraine get NATO membership?", passage);

    assertThat(excerpt).startsWith("Diplomats in Brussels said");
  }

  @Test
  @DisplayName("an excerpt is at most two sentences and never longer than the limit when split")
  void excerptsAreShort() {
    String sentence = "Ukraine asked NATO for membership again on Tuesday, diplomats said. ";
    String passage = sentence.repeat(12).strip();

    String excerpt = pick("Did Ukraine ask NATO for membership?", passage);

    assertThat(Sentence.of(excerpt)).hasSizeBetween(1, 2);
    assertThat(excerpt.length()).isLessThanOrEqualTo(ExcerptPicker.MAX_EXCERPT);
  }
}
