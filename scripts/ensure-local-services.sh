#!/usr/bin/env bash
# Starts this machine's PostgreSQL and RabbitMQ when they are down, and RabbitMQ's management plugin
# (used by the tests to create a virtual host per test context, and by the local run). Idempotent.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null

if ! rabbitmqctl -q status >/dev/null 2>&1; then
	rabbitmq-server -detached
fi
rabbitmqctl -q await_startup --timeout 120
rabbitmq-plugins -q enable rabbitmq_management >/dev/null
for _ in $(seq 1 60); do curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && break; sleep 1; done
curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null
