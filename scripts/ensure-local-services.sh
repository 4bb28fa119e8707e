#!/usr/bin/env bash
# Starts this machine's PostgreSQL and RabbitMQ when they are down, and RabbitMQ's management plugin
# (used by the tests to create a virtual host per test context, and by the local run). Idempotent.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null

# RabbitMQ needs more file descriptors than the usual soft limit of 1024: the tests hold a virtual host
# with its queues per test context, and past ~900 descriptors new connections hang in the handshake. A
# server started with a lower limit is restarted with the hard limit (its data stays).
wanted_descriptors=16384
rabbit_descriptors() {
	local pid
	pid=$(pgrep -f beam.smp | head -1) || true
	[[ -n "$pid" ]] && awk '/Max open files/ {print $4}' "/proc/$pid/limits" || echo 0
}
start_rabbit() {
	local limit
	limit=$(ulimit -Hn)
	if [[ "$(id -u)" == 0 ]] && id rabbitmq >/dev/null 2>&1 && [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]]; then
		# Debian's wrapper switches to the rabbitmq user with su, which starts again from 1024
		(ulimit -n "$limit" && su rabbitmq -s /bin/sh -c "ulimit -n $limit; /usr/lib/rabbitmq/bin/rabbitmq-server -detached")
	else
		(ulimit -n "$limit" 2>/dev/null || true; rabbitmq-server -detached)
	fi
	for _ in $(seq 1 60); do rabbitmqctl -q status >/dev/null 2>&1 && return 0; sleep 1; done
}
if ! rabbitmqctl -q status >/dev/null 2>&1; then
	start_rabbit
elif (($(rabbit_descriptors) < wanted_descriptors)) && (($(ulimit -Hn) > $(rabbit_descriptors))); then
	echo "Restarting RabbitMQ with $(ulimit -Hn) file descriptors instead of $(rabbit_descriptors)"
	rabbitmqctl -q stop
	start_rabbit
fi
rabbitmqctl -q await_startup --timeout 120
rabbitmq-plugins -q enable rabbitmq_management >/dev/null
for _ in $(seq 1 60); do curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && break; sleep 1; done
curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null
