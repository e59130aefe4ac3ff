package org.opensearch.transport.grpc.spi;

/**
 * An empty stand-in for an interface of OpenSearch's transport-grpc module, which is not on Maven
 * Central: the k-NN plugin's gRPC query converter implements it, and without it the plugin's
 * classes do not link. Newsdesk's test cluster speaks HTTP only, so nothing ever calls it.
 */
public interface QueryBuilderProtoConverter {}
