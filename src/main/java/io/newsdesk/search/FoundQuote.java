package io.newsdesk.search;

/** A quotation a search found, as stored, and the search's score. */
public record FoundQuote(QuoteRecord quote, float score) {}
