package io.newsdesk.index;

/** A paragraph-sized piece of an article: {@code text} is the article text from start to end. */
public record Passage(String articleId, int start, int end, String text) {}
