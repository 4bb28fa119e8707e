#!/usr/bin/env bash
# The benchmark: builds the services and the bench, makes sure PostgreSQL and RabbitMQ run, then
# starts the Genesys Cloud simulator, an S3 server (S3Proxy) and the producer and consumers from
# their jars (a fresh database and virtual host per run, dropped at the end), drives the scenarios
# and prints one table: scenario | figure | value | target | met?. Progress goes to stderr, the
# table to stdout and bench/target/bench-table.md.
#
#   bench/run.sh                      every scenario, full sizes (about an hour on 2 cores)
#   bench/run.sh --quick              tiny sizes: a smoke run of a few minutes
#   bench/run.sh --only rate,latency  some scenarios (names as in the table)
#   bench/run.sh --jfr                a Java Flight Recording of every child JVM in bench/target/jfr
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

say "building the services and the bench"
# BENCH_MAVEN_OPTS=-o builds offline; each module writes its classpath to its target/classpath.txt
# shellcheck disable=SC2086
./mvnw -B -q ${BENCH_MAVEN_OPTS:-} -DskipTests -Dspring-javaformat.skip=true \
	-pl "${BENCH_MODULES:-genesys-cloud-simulator,genesys-producer,conversation-consumer,bench}" -am \
	package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2

say "PostgreSQL and RabbitMQ"
scripts/ensure-local-services.sh >&2

# --jfr also records this JVM, which hosts the simulator and S3Proxy
jvm_flags=()
for arg in "$@"; do
	if [[ "$arg" == "--jfr" ]]; then
		mkdir -p bench/target/jfr
		jvm_flags+=("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=bench/target/jfr/bench-jvm.jfr")
	fi
done

exec java -Xmx1g -XX:+UseParallelGC "${jvm_flags[@]}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
	io.callimport.bench.BenchMain "$@"
