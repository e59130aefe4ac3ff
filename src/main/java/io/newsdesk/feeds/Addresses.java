package io.newsdesk.feeds;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Whether an address is on the public internet. Feeds and pages may name any address, including
 * this machine's services (127.0.0.1), the local network (10.x, 192.168.x) or a cloud's metadata
 * service (169.254.169.254); what Newsdesk fetches there would be indexed and quoted to anyone who
 * asks. So such addresses are refused unless the operator allows them.
 */
final class Addresses {
  private Addresses() {}

  /** Whether any address the URI's host resolves to is loopback, private, link-local or alike. */
  static boolean isPrivate(URI uri) throws UnknownHostException {
    String host = uri.getHost();
    if (host == null) {
      return true;
    }
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (isPrivate(address)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
        || (first == 198 && (second == 18 || second == 19)); // benchmarking
  }
}
