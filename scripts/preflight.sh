#!/usr/bin/env bash
# Checks what the local run and the tests need on this machine and names every missing piece with the
# Debian/Ubuntu command that installs it, instead of failing later on "pg_isready: command not found".
#
#   scripts/preflight.sh            print what is missing and exit 1, or exit 0 when nothing is
#   scripts/preflight.sh --install  install what is missing with apt-get (CI; needs root), then check again
#
# PostgreSQL and RabbitMQ servers are only required when nothing answers on their ports already
# (a server elsewhere, reached through a tunnel or a container, is fine).
set -uo pipefail

install=false
[[ "${1:-}" == "--install" ]] && install=true

missing=()
packages=()

need_command() {
	local command=$1 package=$2 why=$3
	if ! command -v "$command" >/dev/null 2>&1; then
		missing+=("$command: $why")
		packages+=("$package")
	fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check() {
	missing=()
	packages=()
	need_command java openjdk-17-jdk-headless "a JDK (17 or later) builds and runs the services"
	if command -v java >/dev/null 2>&1; then
		local version
		version=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
		if [[ -n "$version" && "${version%%.*}" -lt 17 ]]; then
			missing+=("java: version $version found, 17 or later needed")
			packages+=(openjdk-17-jdk-headless)
		fi
	fi
	need_command curl curl "talks to the services and RabbitMQ's management API"
	need_command python3 python3 "prints the local run's progress"
	need_command openssl openssl "generates the local run's keys and tokens"
	need_command pg_isready postgresql-client "checks that PostgreSQL is up"
	need_command psql postgresql-client "creates the local run's database"
	if ! port_open 5432; then
		need_command pg_ctlcluster postgresql "the PostgreSQL server (nothing answers on 127.0.0.1:5432)"
	fi
	if ! port_open 5672 || ! port_open 15672; then
		need_command rabbitmqctl rabbitmq-server \
			"the RabbitMQ server with its management plugin (nothing answers on 127.0.0.1:5672 and :15672)"
	fi
}

check
if ((${#missing[@]})) && $install; then
	apt-get update -q >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		$(printf '%s\n' "${packages[@]}" | sort -u) >/dev/null
	check
fi

if ((${#missing[@]})); then
	{
		echo "Missing prerequisites:"
		printf '  - %s\n' "${missing[@]}"
		echo "Install them on Debian or Ubuntu with:"
		list=$(printf '%s\n' "${packages[@]}" | sort -u)
		echo "  sudo apt-get install -y ${list//$'\n'/ }"
		echo "or run everything in containers where a Docker engine runs: docker compose up --build"
	} >&2
	exit 1
fi
