package io.newsdesk.opensearch;

import io.newsdesk.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

/**
 * A real OpenSearch cluster (3.5, on Lucene 10.3.2 like the embedded index) inside the test JVM,
 * with the k-NN plugin: one or more nodes on free loopback ports, in a temporary folder deleted on
 * {@link #close()}. Starting one takes 10 to 20 seconds, so a test class starts one for all its
 * tests.
 */
public final class TestCluster implements AutoCloseable {
  private static final String KNN_PLUGIN = "org.opensearch.knn.plugin.KNNPlugin";

  private final OpenSearchRunner runner;
  private final List<Integer> httpPorts;
  private final Path home;

  /** The connections {@link #connect} opened, closed with the cluster. */
  private final List<ClusterConnection> connections =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  private TestCluster(OpenSearchRunner runner, List<Integer> httpPorts, Path home) {
    this.runner = runner;
    this.httpPorts = httpPorts;
    this.home = home;
  }

  /**
   * Starts {@code nodes} nodes with these node settings besides the usual ones; green on return.
   */
  public static TestCluster start(int nodes, Map<String, String> settings) throws IOException {
    List<Integer> http = freePorts(nodes);
    List<Integer> transport = freePorts(nodes);
    List<String> seeds = transport.stream().map(port -> "127.0.0.1:" + port).toList();
    Path home = Files.createTempDirectory("newsdesk-opensearch");
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild(
        (number, builder) -> {
          builder.put("http.host", "127.0.0.1");
          builder.put("transport.host", "127.0.0.1");
          builder.put("http.port", String.valueOf(http.get(number - 1)));
          builder.put("transport.port", String.valueOf(transport.get(number - 1)));
          builder.putList("discovery.seed_hosts", seeds);
          // A busy test machine's disk may be fuller than OpenSearch likes; it does not matter
          // here.
          builder.put("cluster.routing.allocation.disk.threshold_enabled", false);
          settings.forEach(builder::put);
        });
    try {
      runner.build(
          OpenSearchRunner.newConfigs()
              .basePath(home.toString())
              .clusterName("newsdesk-test-" + http.get(0))
              .numOfNode(nodes)
              .pluginTypes(KNN_PLUGIN));
      runner.ensureGreen();
    } catch (RuntimeException e) {
      try {
        new TestCluster(runner, http, home).close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing); // the reason it did not start comes first
      }
      throw e;
    }
    return new TestCluster(runner, http, home);
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }

  /** Every node's HTTP address. */
  public List<String> hosts() {
    return httpPorts.stream().map(port -> "http://127.0.0.1:" + port).toList();
  }

  Config.OpenSearch config(String prefix) {
    return new Config.OpenSearch(hosts(), prefix, true);
  }

  /** A client of every node, as the bot's would be; closed when the cluster is. */
  public ClusterConnection connect(String prefix) {
    ClusterConnection connection = ClusterConnection.open(config(prefix), Optional.empty());
    connections.add(connection);
    return connection;
  }

  /** Stops a node that is not the cluster manager (so the other one goes on); its number. */
  int stopANodeButTheManager() throws IOException {
    Node node = runner.nonClusterManagerNode();
    int number = runner.getNodeIndex(node);
    node.close();
    return number;
  }

  /** Closes the connections it opened, stops the nodes and deletes their folder. */
  @Override
  public void close() throws IOException {
    for (ClusterConnection connection : connections) {
      connection.close();
    }
    closeQuietly(runner);
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(TestCluster::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(OpenSearchRunner runner) {
    try {
      runner.close();
    } catch (IOException | RuntimeException e) {
      // The nodes are gone either way; the folder is deleted next.
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
