package io.newsdesk.opensearch;

import java.io.IOException;
import java.util.Map;

/**
 * The test suite's in-process cluster, run on its own for measuring (see {@code
 * bin/local-cluster}): prints its nodes' addresses and runs until stopped; its folder goes with it.
 */
public final class LocalCluster {
  private LocalCluster() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    TestCluster cluster = TestCluster.start(nodes, Map.of());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.close();
                  } catch (IOException e) {
                    System.err.println("could not delete the cluster's folder: " + e);
                  }
                }));
    System.out.println("ready: " + String.join(",", cluster.hosts()));
    System.out.flush();
    Thread.currentThread().join();
  }
}
