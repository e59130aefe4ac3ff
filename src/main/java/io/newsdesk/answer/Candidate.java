package io.newsdesk.answer;

import io.newsdesk.index.Citation;

/** A passage that the search found, before its best sentences are chosen. */
record Candidate(Citation citation, String text, int start, double score) {}
