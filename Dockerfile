# Newsdesk: build with Maven on JDK 21, run on a JRE 21.
#   docker build -t newsdesk .
#   docker run -e DISCORD_TOKEN -v newsdesk-data:/data newsdesk                 # the bot
#   docker run --rm -v newsdesk-data:/data newsdesk ask "Will Ukraine join NATO?"
# Behind a proxy that intercepts TLS, give its CA certificate (PEM) to the build; a bundle of
# several PEM certificates works too (each is trusted, not only the first):
#   docker build --build-arg EXTRA_CA_CERT="$(cat corporate-ca.pem)" -t newsdesk .
# buildah and podman write OCI images by default, which drop the HEALTHCHECK: add --format docker.
FROM docker.io/library/maven:3.9-eclipse-temurin-21 AS build
ARG EXTRA_CA_CERT=""
COPY bin/import-ca-certs /usr/local/bin/
RUN import-ca-certs
WORKDIR /src
# Dependencies first, so a change to the sources does not download them again. Not quiet: when
# Maven cannot reach its repository, its own message says why.
COPY pom.xml .
RUN mvn -B -ntp dependency:go-offline
COPY src src
RUN mvn -B -ntp -DskipTests package

FROM docker.io/library/eclipse-temurin:21-jre
# The same certificates for the bot, which fetches feeds and pages through the same proxy.
ARG EXTRA_CA_CERT=""
COPY bin/import-ca-certs /usr/local/bin/
RUN import-ca-certs
LABEL org.opencontainers.image.title="Newsdesk" \
      org.opencontainers.image.description="Self-hosted Discord bot that answers questions about the news with verbatim quotes and links" \
      org.opencontainers.image.source="https://github.com/newsdesk/newsdesk"
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin newsdesk
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar /app/newsdesk.jar
COPY config /app/config
COPY seeds /app/seeds
# Class-data sharing: archives of the classes that indexing and answering load, made by answering
# one question on a fresh index now, so that every start (and every health check) maps them instead
# of loading them: one plain, one for the runs with the Vector API (bin/docker-entrypoint). The same
# run copies the embedding model and ONNX Runtime's libraries out of the jar into /app/model-cache
# (root's, read-only), where every start loads them from.
COPY bin/vector-api.sh bin/docker-entrypoint /app/bin/
RUN NEWSDESK_INDEX_PATH=/tmp/cds-plain java -XX:ArchiveClassesAtExit=/app/newsdesk.jsa \
      -Dnewsdesk.model.cache=/app/model-cache \
      --enable-native-access=ALL-UNNAMED -Dnewsdesk.home=/app -jar /app/newsdesk.jar \
      ask "Will Ukraine join NATO?" > /dev/null 2>&1 \
    && NEWSDESK_INDEX_PATH=/tmp/cds-vector java --add-modules jdk.incubator.vector \
      -XX:ArchiveClassesAtExit=/app/newsdesk-vector.jsa -Dnewsdesk.model.cache=/app/model-cache \
      --enable-native-access=ALL-UNNAMED -Dnewsdesk.home=/app -jar /app/newsdesk.jar \
      ask "Will Ukraine join NATO?" > /dev/null 2>&1 \
    && chmod -R a+rX,go-w /app/model-cache \
    && rm -rf /tmp/cds-plain /tmp/cds-vector /tmp/newsdesk-*
# All state (the index, the feed list, the bot's state for the health check) lives in /data:
# mount a volume there. Add your own articles by mounting a folder, e.g.
#   -v /srv/news:/news -e NEWSDESK_ARTICLES_PATHS=seeds,/news
RUN mkdir -p /data && chown newsdesk /data
USER newsdesk
ENV NEWSDESK_HOME=/app NEWSDESK_INDEX_PATH=/data/index
VOLUME ["/data"]
# The health check is a short-lived JVM, sized small.
HEALTHCHECK --interval=60s --timeout=30s --start-period=10m --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:MaxRAMPercentage=25", "-XX:SharedArchiveFile=/app/newsdesk.jsa", "-Xlog:cds=off", "-Dnewsdesk.model.cache=/app/model-cache", "--enable-native-access=ALL-UNNAMED", "-Dnewsdesk.home=/app", "-jar", "/app/newsdesk.jar", "health", "--bot"]
ENTRYPOINT ["/app/bin/docker-entrypoint"]
CMD ["bot"]
