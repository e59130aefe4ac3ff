package io.newsdesk.search;

import java.util.List;

/**
 * A search among quotations: clauses of terms of the quotation fields, each clause matching when
 * any of its terms does.
 *
 * @param minimumShouldMatch how many {@link Occur#SHOULD} clauses must match at least; without a
 *     {@link Occur#MUST} clause, one always must
 * @param newestFirst order by publication day, newest first, then by score; else by score
 */
public record QuoteQuery(List<Clause> clauses, int minimumShouldMatch, boolean newestFirst) {
  public QuoteQuery {
    clauses = List.copyOf(clauses);
  }

  /** How a clause counts: scored and optional, scored and required, or required unscored. */
  public enum Occur {
    SHOULD,
    MUST,
    FILTER
  }

  /** A clause: any of its terms. */
  public record Clause(Occur occur, List<Term> anyOf) {
    public Clause {
      anyOf = List.copyOf(anyOf);
    }

    public static Clause of(Occur occur, Term term) {
      return new Clause(occur, List.of(term));
    }
  }

  /**
   * A term of a quotation field ({@code Fields.QUOTE_WORDS}, {@code QUOTE_STEMS}, {@code
   * SPEAKER_WORDS}), or with {@code prefix} any term that starts with it.
   */
  public record Term(String field, String text, boolean prefix) {
    public static Term of(String field, String text) {
      return new Term(field, text, false);
    }
  }
}
