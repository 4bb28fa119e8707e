#!/usr/bin/env bash
# Builds a Java 17 runtime base image without a Docker daemon and without pulling anything: a JRE
# jlinked from this machine's JDK 17, the shared libraries it needs, a non-root user (65532) and a
# writable /tmp, on an empty (scratch) root. The result is a docker-archive tar (the `docker save`
# layout) that Jib 3.5 accepts as a base image:
#
#   docker/build-local-base-image.sh                       # writes target/local-base-image/jre17-local.tar
#   ./mvnw -pl genesys-cloud-simulator package jib:buildTar \
#       -Djib.from.image=tar://$PWD/target/local-base-image/jre17-local.tar
#
# Use it where eclipse-temurin:17-jre cannot be pulled (an offline CI, this project's build machines).
# Production images use the Temurin base configured in the root pom.
#
# Environment: JAVA_HOME (default: the JDK of `javac` on the PATH; it must ship jmods/),
#              OUTPUT (default: target/local-base-image/jre17-local.tar under the repository root),
#              JRE_MODULES (default: the modules a Spring Boot 4 service needs, see below).
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
output="${OUTPUT:-$repo_root/target/local-base-image/jre17-local.tar}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
# java.desktop holds java.beans (Spring needs it); jdk.crypto.ec and jdk.crypto.cryptoki give TLS its
# curves; jdk.management* and java.management serve JMX/Micrometer; jdk.unsupported serves Netty/Okio;
# jdk.naming.dns and java.naming serve JNDI/DNS lookups; java.sql serves JDBC; jdk.zipfs serves Boot's
# nested jars; jdk.localedata serves formatting; jdk.jfr lets an operator record a flight.
modules="${JRE_MODULES:-java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.localedata,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs}"
java_dir=/opt/java/openjdk
uid=65532

fail() { echo "build-local-base-image: $*" >&2; exit 1; }
[[ -d "$java_home/jmods" ]] || fail "$java_home has no jmods/ (install openjdk-17-jmods or point JAVA_HOME at a full JDK 17)"
"$java_home/bin/java" -version 2>&1 | grep -q 'version "17' || fail "$java_home is not a JDK 17"
for tool in jlink ldd tar sha256sum; do
  command -v "$tool" >/dev/null || [[ -x "$java_home/bin/$tool" ]] || fail "$tool is missing"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs$(dirname "$java_dir")" "$work/image"

echo "jlink: $modules"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$rootfs$java_dir"

# Debian's JDK links cacerts to /etc/ssl; the image gets the real trust store.
cacerts="$rootfs$java_dir/lib/security/cacerts"
if [[ -L "$cacerts" || ! -s "$cacerts" ]]; then
  rm -f "$cacerts"
  cp -L "$java_home/lib/security/cacerts" "$cacerts" || fail "no readable cacerts in $java_home"
fi

# The shared libraries the JRE's binaries link to (libc, libm, libz, libstdc++, the loader, …), copied
# at the paths the loader looks them up. libgcc_s is loaded at run time by pthread cancellation. The
# X11 toolkit, the splash screen and sound are left without their libraries: a headless service never
# loads them (Temurin's JRE images ship them just as unusable).
copy_lib() {
  local source="$1"
  mkdir -p "$rootfs$(dirname "$source")"
  [[ -e "$rootfs$source" ]] || cp -L "$source" "$rootfs$source"
}
missing=()
while IFS= read -r elf; do
  while read -r line; do
    case "$line" in
      *"=> not found"*)
        lib="${line%% =>*}"; lib="${lib//[[:space:]]/}"
        [[ -e "$rootfs$java_dir/lib/$lib" || -e "$rootfs$java_dir/lib/server/$lib" ]] || missing+=("$lib (for ${elf#"$rootfs"})") ;;
      *"=> /"*) path="${line#*=> }"; path="${path%% (*}"; [[ "$path" == "$rootfs"* ]] || copy_lib "$path" ;;
      /*) path="${line%% (*}"; path="${path//[[:space:]]/}"; copy_lib "$path" ;;
    esac
  done < <(LD_LIBRARY_PATH="$rootfs$java_dir/lib:$rootfs$java_dir/lib/server" ldd "$elf" 2>/dev/null || true)
done < <(find "$rootfs$java_dir" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  ! -name libawt_xawt.so ! -name libjawt.so ! -name libsplashscreen.so ! -name libjsound.so)
libgcc="$(ldconfig -p | awk '/libgcc_s\.so\.1 .*x86-64/ {print $NF; exit}')"
[[ -n "$libgcc" ]] && copy_lib "$libgcc"
if ((${#missing[@]})); then
  printf 'build-local-base-image: not in the image (only needed by desktop features): %s\n' "${missing[@]}" >&2
fi

# Users, a world-writable /tmp, and the files glibc and Java read at start.
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/nonroot" "$rootfs/app"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%s:%s:nonroot:/home/nonroot:/sbin/nologin\n' "$uid" "$uid" >"$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:%s:\n' "$uid" >"$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"

# Everything belongs to root but the non-root user's home.
tar --sort=name --mtime=@0 --numeric-owner --owner=0 --group=0 -C "$rootfs" --exclude=./home/nonroot \
  -cf "$work/layer.tar" .
tar --mtime=@0 --numeric-owner --owner="$uid" --group="$uid" -C "$rootfs" -rf "$work/layer.tar" ./home/nonroot
layer_digest="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
mkdir -p "$work/image/$layer_digest"
mv "$work/layer.tar" "$work/image/$layer_digest/layer.tar"

java_version="$("$rootfs$java_dir/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')" || java_version=17
cat >"$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"$uid:$uid","WorkingDir":"/app",
  "Env":["PATH=$java_dir/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=$java_dir","LANG=C.UTF-8","JAVA_VERSION=$java_version"],
  "Labels":{"org.opencontainers.image.title":"jre17-local","org.opencontainers.image.description":"JRE $java_version jlinked from the build machine's JDK on scratch, for offline Jib builds"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_digest"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"docker/build-local-base-image.sh"}]}
EOF
config_digest="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/image/$config_digest.json"
printf '[{"Config":"%s.json","RepoTags":["callimport/jre17-local:%s"],"Layers":["%s/layer.tar"]}]\n' \
  "$config_digest" "$java_version" "$layer_digest" >"$work/image/manifest.json"

mkdir -p "$(dirname "$output")"
# Entries without a leading ./ : Jib refuses to extract a "./" entry.
tar --mtime=@0 --numeric-owner --owner=0 --group=0 -C "$work/image" -cf "$output" \
  manifest.json "$config_digest.json" "$layer_digest/layer.tar"
echo "wrote $output ($(du -h "$output" | cut -f1), JRE $java_version, layer sha256:$layer_digest)"
