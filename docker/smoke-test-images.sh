#!/usr/bin/env bash
# Builds the four images without a Docker daemon (Jib's buildTar on the locally assembled JRE base of
# build-local-base-image.sh) and boots each one from its own root filesystem (smoke-test-image-tar.sh)
# with only the environment variables of DESIGN.md, against this machine's PostgreSQL and RabbitMQ.
# It proves what a container engine would run: the base, the non-root user, the entrypoint, the
# classpath, and that nothing in the image depends on the build machine (it caught Quartz resolving
# the host name through DNS, which a root filesystem without /etc/hosts cannot).
#
#   docker/smoke-test-images.sh        # needs root (chroot), python3, curl, psql
set -euo pipefail
cd "$(dirname "$0")/.."

[[ "$(id -u)" == 0 ]] || { echo "smoke-test-images: needs root (chroot); not run" >&2; exit 2; }
base=target/local-base-image/jre17-local.tar
[[ -f "$base" ]] || docker/build-local-base-image.sh
./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true -pl genesys-cloud-simulator,genesys-producer,conversation-consumer,installation-api -am \
	package jib:buildTar -Djib.from.image="tar://$PWD/$base"

database=image_smoke
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" 2>/dev/null
common=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres
	SPRING_DATASOURCE_PASSWORD= SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_USERNAME=guest
	SPRING_RABBITMQ_PASSWORD=guest SETTINGS_ENCRYPTION_KEY="$(head -c32 /dev/urandom | base64)")
image() { ls "$1"/target/*-image.tar; }

echo "== simulator image"
docker/smoke-test-image-tar.sh "$(image genesys-cloud-simulator)" http://127.0.0.1:18470/simulator/health \
	SERVER_PORT=18470 | grep -v '^{'
echo "== producer image"
docker/smoke-test-image-tar.sh "$(image genesys-producer)" http://127.0.0.1:18481/actuator/health/liveness \
	"${common[@]}" TENANT_ID=image-smoke ADMIN_API_TOKEN="smoke-$(head -c30 /dev/urandom | base64 | tr -d '/+=')" \
	SERVER_PORT=18480 MANAGEMENT_SERVER_PORT=18481 | grep -v '^{'
echo "== consumer image"
docker/smoke-test-image-tar.sh "$(image conversation-consumer)" http://127.0.0.1:18491/actuator/health/liveness \
	"${common[@]}" MINIO_ENDPOINT=http://127.0.0.1:18499 MINIO_ACCESS_KEY=smoke-access MINIO_SECRET_KEY=smoke-secret-key \
	SERVER_PORT=18490 MANAGEMENT_SERVER_PORT=18491 | grep -v '^{'
echo "== installation API image"
docker/smoke-test-image-tar.sh "$(image installation-api)" http://127.0.0.1:18411/actuator/health/readiness \
	"${common[@]}" EXTERNAL_TOKEN_SIGNING_KEY="$(head -c32 /dev/urandom | base64)" \
	OPERATOR_API_TOKEN="smoke-$(head -c12 /dev/urandom | base64 | tr -d '/+=')" WIZARD_OAUTH_CLIENT_ID=image-smoke \
	SERVER_PORT=18410 MANAGEMENT_SERVER_PORT=18411 | grep -v '^{'
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $database" 2>/dev/null
