package io.newsdesk.opensearch;

import io.newsdesk.config.Config;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A client of the cluster over all its configured nodes: requests go round the nodes, and one that
 * fails to connect is set aside for a while and the request sent to the next.
 */
public final class ClusterConnection implements Closeable {
  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  private ClusterConnection(OpenSearchTransport transport) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  /**
   * Connects (lazily: no request is sent here) to the configured hosts, with the login when there
   * is one.
   *
   * @throws IllegalArgumentException when no host is configured
   */
  public static ClusterConnection open(Config.OpenSearch config, Optional<OpenSearchLogin> login) {
    if (config.hosts().isEmpty()) {
      throw new IllegalArgumentException("opensearch.hosts: give at least one node's address");
    }
    HttpHost[] hosts =
        config.hosts().stream().map(ClusterConnection::host).toArray(HttpHost[]::new);
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper());
    builder.setHttpClientConfigCallback(
        http -> {
          login.ifPresent(
              l -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                for (HttpHost host : hosts) {
                  credentials.setCredentials(
                      new AuthScope(host),
                      new UsernamePasswordCredentials(l.username(), l.password().toCharArray()));
                }
                http.setDefaultCredentialsProvider(credentials);
              });
          if (!config.tlsVerify()) {
            http.setConnectionManager(
                PoolingAsyncClientConnectionManagerBuilder.create()
                    .setTlsStrategy(
                        ClientTlsStrategyBuilder.create()
                            .setSslContext(trustingEverything())
                            .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                            .buildAsync())
                    .build());
          }
          return http;
        });
    return new ClusterConnection(builder.build());
  }

  private static HttpHost host(String address) {
    URI uri = URI.create(address);
    int port = uri.getPort() > 0 ? uri.getPort() : 9200;
    return new HttpHost(uri.getScheme(), uri.getHost(), port);
  }

  /** Only for {@code tls-verify: false}: a test cluster with a self-signed certificate. */
  private static SSLContext trustingEverything() {
    try {
      return SSLContextBuilder.create().loadTrustMaterial(null, (chain, type) -> true).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS without verification", e);
    }
  }

  public OpenSearchClient client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
