package io.newsdesk.discord.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An interaction the emulator sent to the bot, and everything the bot answered to it.
 *
 * <p>{@link #answered()} completes when the user would see an answer: an immediate message (type
 * 4), an autocomplete result (8), a message update (7), a modal (9), or after a deferral (5 or 6)
 * the first follow-up or edit of the original response.
 */
public final class InteractionHandle {

  /** Discord's interaction types. */
  static final int APPLICATION_COMMAND = 2;

  static final int MESSAGE_COMPONENT = 3;
  static final int AUTOCOMPLETE = 4;

  private final long id;
  private final String token;
  private final int type;
  private final Instant createdAt;
  private final List<InteractionResponse> responses = new ArrayList<>();
  private final List<Long> messageIds = new ArrayList<>();
  private final CompletableFuture<List<InteractionResponse>> answered = new CompletableFuture<>();
  private int acknowledgement;
  private boolean late;

  InteractionHandle(long id, String token, int type, Instant createdAt) {
    this.id = id;
    this.token = token;
    this.type = type;
    this.createdAt = createdAt;
  }

  public long id() {
    return id;
  }

  public String token() {
    return token;
  }

  int type() {
    return type;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Everything received so far, in order. */
  public synchronized List<InteractionResponse> responses() {
    return List.copyOf(responses);
  }

  public CompletableFuture<List<InteractionResponse>> answered() {
    return answered;
  }

  /** Waits for the answer and returns all responses up to it; fails the test on timeout. */
  public List<InteractionResponse> awaitAnswer(Duration timeout) {
    try {
      return answered.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no answer to interaction " + id + " within " + timeout + "; got " + responses(), e);
    } catch (ExecutionException e) {
      throw new AssertionError("interaction " + id + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for interaction " + id, e);
    }
  }

  /** The ids of the messages the bot sent as follow-ups, in order (for clicking their buttons). */
  public synchronized List<Long> messageIds() {
    return List.copyOf(messageIds);
  }

  /** The callback type of the first response, if one came. */
  public synchronized Optional<Integer> acknowledgement() {
    return acknowledgement == 0 ? Optional.empty() : Optional.of(acknowledgement);
  }

  /** Marks the interaction as having missed its deadline; true only the first time. */
  synchronized boolean markLate() {
    boolean first = !late;
    late = true;
    return first;
  }

  synchronized boolean isAcknowledged() {
    return acknowledgement != 0;
  }

  synchronized boolean hasOriginalMessage() {
    return acknowledgement == 4 || acknowledgement == 5;
  }

  synchronized boolean ownsMessage(long messageId) {
    return messageIds.contains(messageId);
  }

  synchronized void record(InteractionResponse response, long messageId) {
    responses.add(response);
    if (messageId != 0) {
      messageIds.add(messageId);
    }
    if (response.kind() == InteractionResponse.Kind.CALLBACK) {
      acknowledgement = response.callbackType();
    }
    boolean deferral =
        response.kind() == InteractionResponse.Kind.CALLBACK
            && (response.callbackType() == 5 || response.callbackType() == 6);
    if (!deferral) {
      answered.complete(List.copyOf(responses));
    }
  }
}
