package io.newsdesk.whosaid;

/** A stored quotation and how much of the asked phrase it holds. */
record QuoteMatch(QuoteRecord quote, double coverage, float score) {}
