package io.newsdesk.quotes;

/** Tokens {@code [from, to)} of an article: a subject, a name, a description. */
record TokenRange(int from, int to) {
  TokenRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("token range " + from + ".." + to);
    }
  }

  int length() {
    return to - from;
  }
}
