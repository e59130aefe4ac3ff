package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The question's words inside an excerpt, as offsets relative to the excerpt. */
final class Highlights {
  private Highlights() {}

  static List<Excerpt.Highlight> find(
      List<QuestionTerms.Token> passageTokens, Set<String> terms, int from, int to) {
    List<Excerpt.Highlight> out = new ArrayList<>();
    for (QuestionTerms.Token token : passageTokens) {
      if (token.start() >= from && token.end() <= to && terms.contains(token.term())) {
        out.add(new Excerpt.Highlight(token.start() - from, token.end() - from));
      }
    }
    return out;
  }
}
