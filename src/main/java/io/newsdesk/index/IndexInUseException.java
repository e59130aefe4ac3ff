package io.newsdesk.index;

/** Another process (usually the running bot) writes the index; this one may only read it. */
public final class IndexInUseException extends RuntimeException {
  public IndexInUseException(IndexFolder folder) {
    super(
        "the index in "
            + folder
            + " is being written by another Newsdesk process (the bot?), which indexes new and"
            + " changed articles itself; use /reindex in Discord, stop that process, or set"
            + " another index.path");
  }
}
