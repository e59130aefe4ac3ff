package io.newsdesk.feeds;

import java.net.URI;
import java.net.UnknownHostException;

/** Whether a feed's own address is private or local (see {@link Addresses}). */
public final class FeedAddresses {
  private FeedAddresses() {}

  public static boolean isPrivate(String url) throws UnknownHostException {
    return Addresses.isPrivate(URI.create(url));
  }
}
