package org.opensearch.transport.grpc.spi;

/** An empty stand-in, as {@link QueryBuilderProtoConverter} is: only lets k-NN's classes link. */
public interface QueryBuilderProtoConverterRegistry {}
