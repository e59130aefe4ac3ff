package io.newsdesk.discord;

/** The bot cannot start; the message says what to fix, in one or two lines, without the token. */
public final class BotStartupException extends RuntimeException {
  public BotStartupException(String message) {
    super(message);
  }

  public BotStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
