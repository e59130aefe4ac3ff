package io.newsdesk.quotes;

import java.util.Optional;

/**
 * One rule of attribution with one job: it looks at one quote in its article and either decides (a
 * speaker, or that the text names nobody) or passes to the next sieve. The order of the sieves is
 * {@link Sieves#ORDER}; the name is stored with every quotation a sieve decides.
 */
record Sieve(String name, Rule rule) {

  /** The rule: a decision about quote {@code i}, or empty to pass. */
  @FunctionalInterface
  interface Rule {
    Optional<Attribution> decide(QuoteContext article, int i);
  }

  Optional<Attribution> decide(QuoteContext article, int i) {
    return rule.decide(article, i);
  }
}
