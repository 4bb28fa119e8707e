#!/usr/bin/env bash
# The whole system on one machine: the Genesys Cloud simulator with a demo organisation (a group of
# agents taking calls every few seconds), the producer (tenant "demo") and the consumer, against this
# machine's PostgreSQL and RabbitMQ, with MinIO when MINIO_ENDPOINT is set and an embedded S3 server
# (S3Proxy) otherwise. Seeds the demo tenant's settings, then shows progress until Ctrl-C, which stops
# everything it started. Where a Docker engine runs, `docker compose up` does the same with containers
# (with --until-imported or --timeout in the background, stopped with `docker compose down` at the end).
#
#   ./run-local.sh                      run until Ctrl-C
#   ./run-local.sh --until-imported 3   stop with status 0 once 3 calls are imported (smoke test; CI)
#   ./run-local.sh --timeout 300        give up with status 1 after 300 s
set -euo pipefail
cd "$(dirname "$0")"

until_imported=0
timeout_seconds=0
while [[ $# -gt 0 ]]; do
	case "$1" in
		--until-imported) until_imported="$2"; shift 2 ;;
		--timeout) timeout_seconds="$2"; shift 2 ;;
		*) echo "unknown option: $1" >&2; exit 2 ;;
	esac
done

if [[ "${LOCAL_RUN_MODE:-auto}" == "compose" ]] || { [[ "${LOCAL_RUN_MODE:-auto}" == "auto" ]] \
		&& command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }; then
	[[ -f .env ]] || cp .env.example .env
	if ((until_imported == 0 && timeout_seconds == 0)); then
		exec docker compose up --build
	fi
	# Smoke-test mode: the containers in the background, the same progress lines as the local mode
	# against the published ports, and everything stopped again at the end.
	env_value() { grep -E "^$1=" .env | tail -1 | cut -d= -f2-; }
	mkdir -p .run-local
	trap 'docker compose down >/dev/null 2>&1 || true' EXIT
	trap 'exit 130' INT TERM
	docker compose up --build --detach
	printf 'ADMIN_API_TOKEN=%s\n' "$(env_value ADMIN_API_TOKEN)" >.run-local/compose-admin-token.env
	python3 scripts/local-progress.py --simulator http://127.0.0.1:18080 \
		--organization "$(env_value DEMO_ORGANIZATION_ID)" --producer http://127.0.0.1:8080 --tenant demo \
		--token-file .run-local/compose-admin-token.env --until-imported "$until_imported" --timeout "$timeout_seconds"
	exit $?
fi

state=.run-local
simulator_port=${SIMULATOR_PORT:-18080}
producer_port=${PRODUCER_PORT:-8080}
producer_management_port=${PRODUCER_MANAGEMENT_PORT:-8081}
consumer_port=${CONSUMER_PORT:-8090}
consumer_management_port=${CONSUMER_MANAGEMENT_PORT:-8091}
s3_port=${S3_PORT:-19000}
tenant=demo
database=callimport_local
# PostgreSQL's user and password: Debian's default (scram-sha-256) needs a password; trust needs none
database_user=${DATABASE_USER:-postgres}
export PGPASSWORD=${DATABASE_PASSWORD:-}
vhost=callimport-local
client_id=demo-client
client_secret=demo-secret
group_name="Speech Analytics"
organization_id=9f2b7c1e-5d4a-4c3b-8e6f-0a1b2c3d4e5f

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

pids=()
cleanup() {
	trap - INT TERM EXIT
	if [[ ${#pids[@]} -gt 0 ]]; then
		say "stopping ${#pids[@]} processes"
		kill "${pids[@]}" 2>/dev/null || true
		wait "${pids[@]}" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Every missing tool or server named at once, with the apt-get line that installs it.
scripts/preflight.sh || exit 1

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$simulator_port" "$producer_port" "$producer_management_port" "$consumer_port" \
		"$consumer_management_port" "$s3_port"; do
	port_free "$port" || { echo "port $port is in use: stop what uses it or set the *_PORT variables" >&2; exit 1; }
done

say "PostgreSQL and RabbitMQ"
scripts/ensure-local-services.sh
# A fresh database and virtual host per run: the demo organisation's ids repeat from run to run.
psql -q -h 127.0.0.1 -U "$database_user" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
curl -fsS -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$vhost" >/dev/null 2>&1 || true
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' -d '{}' "http://127.0.0.1:15672/api/vhosts/$vhost"
curl -fsS -u guest:guest -X PUT -H 'content-type: application/json' \
	-d '{"configure":".*","write":".*","read":".*"}' "http://127.0.0.1:15672/api/permissions/$vhost/guest"

rm -rf "$state" && mkdir -p "$state/objects"
say "building the services (first time: a few minutes; Maven's output in $state/build.log)"
if ! ./mvnw -B -DskipTests -Dspring-javaformat.skip=true \
	-pl genesys-cloud-simulator,genesys-producer,conversation-consumer -am package >"$state/build.log" 2>&1; then
	tail -40 "$state/build.log"
	say "the build failed: the whole output is in $state/build.log"
	exit 1
fi
jar() { ls "$1"/target/"$1"-*"${2:-}".jar | grep -v -- '-plain' | head -1; }

encryption_key=$(openssl rand -base64 32)
admin_token=$(openssl rand -hex 24)
printf 'ADMIN_API_TOKEN=%s\n' "$admin_token" > "$state/admin-token.env"

start() {
	local name=$1
	shift
	env "$@" >"$state/$name.log" 2>&1 &
	pids+=($!)
}

common_env=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME="$database_user"
	SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_PORT=5672
	SPRING_RABBITMQ_USERNAME=guest SPRING_RABBITMQ_PASSWORD=guest SPRING_RABBITMQ_VIRTUAL_HOST="$vhost"
	SETTINGS_ENCRYPTION_KEY="$encryption_key" GENESYS_API_BASE_URL="http://127.0.0.1:$simulator_port"
	GENESYS_LOGIN_BASE_URL="http://127.0.0.1:$simulator_port")

if [[ -z "${MINIO_ENDPOINT:-}" ]]; then
	say "embedded S3 server (S3Proxy) on port $s3_port, objects in $state/objects"
	./mvnw -B -q -o -pl test-support dependency:build-classpath -Dmdep.outputFile="$PWD/$state/s3proxy.classpath" >/dev/null
	cat >"$state/s3proxy.properties" <<-EOF
		s3proxy.endpoint=http://127.0.0.1:$s3_port
		s3proxy.authorization=aws-v2-or-v4
		s3proxy.identity=local-access-key
		s3proxy.credential=local-secret-key
		jclouds.provider=filesystem
		jclouds.identity=local-access-key
		jclouds.credential=local-secret-key
		jclouds.filesystem.basedir=$PWD/$state/objects
	EOF
	start s3proxy java -Xmx256m -cp "$(cat "$state/s3proxy.classpath")" org.gaul.s3proxy.Main \
		--properties "$state/s3proxy.properties"
	export MINIO_ENDPOINT="http://127.0.0.1:$s3_port" MINIO_ACCESS_KEY=local-access-key MINIO_SECRET_KEY=local-secret-key
fi

say "simulator (demo organisation) on port $simulator_port"
start simulator SERVER_PORT="$simulator_port" SIMULATOR_DEMO_ENABLED=true \
	SIMULATOR_DEMO_ORGANIZATION_ID="$organization_id" SIMULATOR_DEMO_CLIENT_ID="$client_id" \
	SIMULATOR_DEMO_CLIENT_SECRET="$client_secret" SIMULATOR_DEMO_GROUP_NAME="$group_name" \
	SIMULATOR_DEMO_CALLS_PER_MINUTE="${DEMO_CALLS_PER_MINUTE:-12}" \
	java -Xmx512m -jar "$(jar genesys-cloud-simulator -exec)"

say "producer (tenant $tenant) on ports $producer_port/$producer_management_port"
start producer "${common_env[@]}" TENANT_ID="$tenant" ADMIN_API_TOKEN="$admin_token" \
	SERVER_PORT="$producer_port" MANAGEMENT_SERVER_PORT="$producer_management_port" \
	java -Xmx512m -jar "$(jar genesys-producer)"

say "consumer on ports $consumer_port/$consumer_management_port"
start consumer "${common_env[@]}" MINIO_ENDPOINT="$MINIO_ENDPOINT" MINIO_ACCESS_KEY="$MINIO_ACCESS_KEY" \
	MINIO_SECRET_KEY="$MINIO_SECRET_KEY" MINIO_BUCKET="${MINIO_BUCKET:-call-recordings}" \
	SERVER_PORT="$consumer_port" MANAGEMENT_SERVER_PORT="$consumer_management_port" \
	java -Xmx512m -jar "$(jar conversation-consumer)"

wait_for() {
	local name=$1 url=$2
	for _ in $(seq 1 180); do
		curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
		kill -0 "${pids[@]}" 2>/dev/null || break
		sleep 1
	done
	say "$name did not come up; last lines of $state/$name.log:"
	tail -30 "$state/$name.log"
	exit 1
}
wait_for simulator "http://127.0.0.1:$simulator_port/simulator/health"
wait_for producer "http://127.0.0.1:$producer_management_port/actuator/health/liveness"
wait_for consumer "http://127.0.0.1:$consumer_management_port/actuator/health/liveness"

say "seeding the demo tenant's Genesys settings"
curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $admin_token" -H 'content-type: application/json' \
	-d "{\"organizationId\":\"$organization_id\",\"region\":\"mypurecloud.com\",\"clientId\":\"$client_id\",\"clientSecret\":\"$client_secret\",\"groupName\":\"$group_name\"}" \
	"http://127.0.0.1:$producer_port/api/v1/tenants/$tenant/genesys-settings"

say "running; logs in $state/, admin API on http://127.0.0.1:$producer_port (token in $state/admin-token.env), RabbitMQ UI on http://127.0.0.1:15672. Ctrl-C stops everything."
python3 scripts/local-progress.py --simulator "http://127.0.0.1:$simulator_port" --organization "$organization_id" \
	--producer "http://127.0.0.1:$producer_port" --tenant "$tenant" --token-file "$state/admin-token.env" \
	--until-imported "$until_imported" --timeout "$timeout_seconds" --pids "${pids[*]}"
