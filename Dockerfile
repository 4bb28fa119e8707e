# syntax=docker/dockerfile:1
# One Dockerfile for every service image, chosen by MODULE:
#   docker build --build-arg MODULE=genesys-producer -t genesys-producer:0.1.0 .
#   docker build --build-arg MODULE=conversation-consumer -t conversation-consumer:0.1.0 .
#   docker build --build-arg MODULE=genesys-cloud-simulator --build-arg PORTS=18080 -t genesys-cloud-simulator:0.1.0 .
#   docker build --build-arg MODULE=installation-api --build-arg PORTS="8100 8101" -t installation-api:0.1.0 .
# Jib builds the same images without a Docker daemon (k8s/README.md).

ARG JDK_IMAGE=eclipse-temurin:17.0.17_10-jdk-noble
ARG JRE_IMAGE=eclipse-temurin:17.0.17_10-jre-noble

FROM ${JDK_IMAGE} AS build
ARG MODULE
# installation-api's build runs `npm ci` (the wizard's browser libraries, see its README): Node.js and npm
# from the JDK image's Ubuntu, in the build stage only and only for that module.
RUN if [ "${MODULE}" = installation-api ]; then \
      apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*; \
    fi
WORKDIR /src
COPY . .
# The module and the modules it depends on; the Maven and npm caches are kept between builds.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.npm \
    test -n "${MODULE}" || { echo "build with --build-arg MODULE=<module>" >&2; exit 1; }; \
    ./mvnw -B -q -pl "${MODULE}" -am package -DskipTests
# The executable jar (the simulator's is the -exec one), unpacked into Spring Boot's layers.
RUN set -eu; \
    jar="$(ls "${MODULE}"/target/"${MODULE}"-*-exec.jar 2>/dev/null \
      || ls "${MODULE}"/target/"${MODULE}"-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$' -e '-image.tar$')"; \
    test "$(echo "${jar}" | wc -l)" -eq 1 || { echo "expected one executable jar, found: ${jar}" >&2; exit 1; }; \
    mkdir -p /build && cp "${jar}" /build/application.jar; \
    java -Djarmode=tools -jar /build/application.jar extract --layers --destination /build/extracted; \
    mkdir -p /build/extracted/dependencies /build/extracted/spring-boot-loader \
      /build/extracted/snapshot-dependencies /build/extracted/application

FROM ${JRE_IMAGE}
ARG MODULE
ARG VERSION=0.1.0
ARG PORTS="8080 8081"
ARG UID=65532
LABEL org.opencontainers.image.title="${MODULE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.description="Genesys Cloud call import: ${MODULE}" \
      org.opencontainers.image.vendor="callimport"
RUN groupadd --system --gid "${UID}" app \
    && useradd --system --uid "${UID}" --gid "${UID}" --home-dir /nonexistent --no-create-home \
      --shell /usr/sbin/nologin app
WORKDIR /application
# Least-changing layers first, so that a code change ships only the last one.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER ${UID}:${UID}
EXPOSE ${PORTS}
# Heap from the container's memory limit; die (and get restarted) rather than limp on after an OOM.
# Extra flags: JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=50", "-XX:+ExitOnOutOfMemoryError", \
    "-Djava.awt.headless=true", "-Djava.io.tmpdir=/tmp", "-jar", "application.jar"]
