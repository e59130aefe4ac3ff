package io.newsdesk.index;

/** The index folder cannot be used as it is; the message is one line that says how to fix it. */
public final class IndexFolderException extends RuntimeException {
  public IndexFolderException(String message) {
    super(message);
  }

  public IndexFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
