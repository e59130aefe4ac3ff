# Newsdesk: build with Maven on JDK 21, run on a JRE 21.
#   docker build -t newsdesk .
#   docker run -e DISCORD_TOKEN -v newsdesk-data:/app/data newsdesk            # the bot
#   docker run --rm -v newsdesk-data:/app/data newsdesk ask "Will Ukraine join NATO?"
FROM docker.io/library/maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
# Dependencies first, so a change to the sources does not download them again.
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
RUN mvn -B -q -ntp -DskipTests package

FROM docker.io/library/eclipse-temurin:21-jre
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin newsdesk
WORKDIR /app
COPY --from=build /src/target/newsdesk.jar /app/newsdesk.jar
COPY config /app/config
COPY seeds /app/seeds
# The index lives in /app/data (mount a volume to keep it); add your own articles by mounting
# a folder, e.g. -v /srv/news:/news -e NEWSDESK_ARTICLES_PATHS=seeds,/news
RUN mkdir -p /app/data && chown -R newsdesk /app/data
USER newsdesk
ENV NEWSDESK_HOME=/app
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED", "-Dnewsdesk.home=/app", "-jar", "/app/newsdesk.jar"]
CMD ["bot"]
