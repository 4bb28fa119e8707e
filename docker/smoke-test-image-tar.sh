#!/usr/bin/env bash
# Starts an image built by `jib:buildTar` (docker-archive tar) without any container engine: unpacks
# its layers into a root filesystem, then runs its entrypoint under chroot as the image's user, with
# the image's environment and working directory, and waits for an HTTP URL to answer 200.
# Needs root (chroot, mounting /proc), python3 and curl. It proves the image's own contents (base,
# libraries, user, entrypoint, classpath) start the application; it is no isolation.
#
#   docker/smoke-test-image-tar.sh IMAGE_TAR URL [NAME=VALUE ...]
#   docker/smoke-test-image-tar.sh genesys-cloud-simulator/target/genesys-cloud-simulator-0.1.0-SNAPSHOT-image.tar \
#       http://127.0.0.1:18080/actuator/health SERVER_PORT=18080
#
# Environment: TIMEOUT_SECONDS (default 120), KEEP_ROOTFS=1 to leave the unpacked root behind,
#              ANY_STATUS=1 to accept any HTTP status (for a server without a health endpoint).
set -euo pipefail

[[ $# -ge 2 ]] || { sed -n '2,12p' "$0" >&2; exit 2; }
image_tar="$(readlink -f "$1")"; url="$2"; shift 2
timeout_seconds="${TIMEOUT_SECONDS:-120}"
[[ "$(id -u)" == 0 ]] || { echo "smoke-test-image-tar: run as root (chroot)" >&2; exit 2; }

work="$(mktemp -d)"
rootfs="$work/rootfs"
app_pid=""
cleanup() {
  set +e  # every step runs, whatever the one before returned
  if [[ -n "$app_pid" ]]; then
    kill "$app_pid" 2>/dev/null
    wait "$app_pid" 2>/dev/null
  fi
  mountpoint -q "$rootfs/proc" && umount "$rootfs/proc"
  if [[ "${KEEP_ROOTFS:-0}" == 1 ]]; then
    echo "root filesystem kept in $rootfs"
  elif ! mountpoint -q "$rootfs/proc"; then
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT

mkdir -p "$work/image" "$rootfs"
tar --warning=no-unknown-keyword -xf "$image_tar" -C "$work/image"
# manifest.json names the config and the layers, bottom first; layers may be gzipped.
python3 - "$work/image" >"$work/plan" <<'EOF'
import json, shlex, sys
image = sys.argv[1]
manifest = json.load(open(f"{image}/manifest.json"))[0]
config = json.load(open(f"{image}/{manifest['Config']}"))["config"]
for layer in manifest["Layers"]:
    print("layer", shlex.quote(f"{image}/{layer}"))
print("user", shlex.quote(config.get("User") or "0:0"))
print("workdir", shlex.quote(config.get("WorkingDir") or "/"))
for entry in config.get("Env") or []:
    print("env", shlex.quote(entry))
print("command", " ".join(shlex.quote(arg) for arg in (config.get("Entrypoint") or []) + (config.get("Cmd") or [])))
EOF

env_args=()
while read -r kind value; do
  [[ "$kind" == command ]] && { command_line="$value"; continue; }
  eval "value=$value"
  case "$kind" in
    layer) tar --warning=no-unknown-keyword -xf "$value" -C "$rootfs" ;;
    user) user="$value" ;;
    workdir) workdir="$value" ;;
    env) env_args+=("$value") ;;
  esac
done <"$work/plan"
env_args+=("$@")

mkdir -p "$rootfs/proc" "$rootfs/etc"
mount -t proc proc "$rootfs/proc"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf" 2>/dev/null || true
echo "user $user, workdir $workdir, entrypoint: $command_line"
# The image may hold no shell: env and chroot run from the host, chroot then looks the entrypoint up
# on the image's PATH. chroot starts in / (the image's WorkingDir is reported, not applied).
eval "command_args=($command_line)"
env -i "${env_args[@]}" "$(command -v chroot)" --userspec="$user" "$rootfs" "${command_args[@]}" >"$work/app.log" 2>&1 &
app_pid=$!

deadline=$((SECONDS + timeout_seconds))
answered() {
  if [[ "${ANY_STATUS:-0}" == 1 ]]; then
    body="HTTP $(curl -sS -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" && [[ "$body" != "HTTP 000" ]]
  else
    body="$(curl -fsS "$url" 2>/dev/null)"
  fi
}
until answered; do
  if ! kill -0 "$app_pid" 2>/dev/null || ((SECONDS > deadline)); then
    echo "smoke-test-image-tar: $url did not answer; application output:" >&2
    tail -50 "$work/app.log" >&2
    exit 1
  fi
  sleep 1
done
echo "OK $url -> $body"
echo "started in $((SECONDS - deadline + timeout_seconds)) s; last lines of the application:"
tail -3 "$work/app.log"
