#!/usr/bin/env bash
# A private Docker engine, an authenticated registry and the busybox base image for the tests.
#   docker-env.sh start   start them (reuses what already answers; safe to run twice)
#   docker-env.sh stop    remove the containers, stop the registry and the engine, delete the state
#   docker-env.sh env     print the path of the KEY=VALUE file the tests read (DOCKER_HOST, ...)
# Networking stays on loopback: no bridge, no iptables (see ../shared/spec/real-docker-engine.md).
set -euo pipefail

STATE=${BERTH_TEST_ENV_DIR:-/tmp/berth-test-env}
SOCK=$STATE/docker.sock
ENVFILE=$STATE/env
BASE_IMAGE=berth-test/busybox:1
HERE=$(cd "$(dirname "$0")" && pwd)

# The distribution's CLI speaks the engine's API version; a newer CLI on PATH negotiates down.
docker_cli() { DOCKER_BUILDKIT=0 docker -H "unix://$SOCK" "$@"; }

engine_answers() {
  [ -S "$SOCK" ] && curl -fsS --max-time 5 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1
}

registry_answers() {
  [ -f "$STATE/registry.port" ] || return 1
  # 401 (auth required) is the healthy answer of an authenticated registry.
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$(cat "$STATE/registry.port")/v2/" || true)
  [ "$code" = 401 ]
}

# Polls a condition until it holds or the deadline passes; never sleeps a fixed long time.
wait_for() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if [ $SECONDS -ge $deadline ]; then echo "$what did not come up within ${seconds}s" >&2; return 1; fi
    sleep 0.2
  done
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_engine() {
  engine_answers && return 0
  if pid_alive "$STATE/docker.pid"; then
    wait_for "dockerd (pid $(cat "$STATE/docker.pid"))" 120 engine_answers && return 0
  fi
  rm -f "$SOCK" "$STATE/docker.pid"
  mkdir -p "$STATE/data" "$STATE/exec"
  setsid dockerd --data-root "$STATE/data" --exec-root "$STATE/exec" -H "unix://$SOCK" \
    --pidfile "$STATE/docker.pid" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver=vfs >"$STATE/dockerd.log" 2>&1 </dev/null 9>&- &
  wait_for "dockerd (log: $STATE/dockerd.log)" 120 engine_answers || { tail -20 "$STATE/dockerd.log" >&2; return 1; }
}

start_registry() {
  registry_answers && return 0
  if pid_alive "$STATE/registry.pid"; then kill "$(cat "$STATE/registry.pid")" 2>/dev/null || true; fi
  mkdir -p "$STATE/registry/data"
  local port user password
  port=$(free_port)
  user=berth
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  htpasswd -Bbn "$user" "$password" >"$STATE/registry/htpasswd"
  umask 077
  printf '%s\n' "$user" >"$STATE/registry.user"
  printf '%s\n' "$password" >"$STATE/registry.password"
  cat >"$STATE/registry/config.yml" <<YAML
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $STATE/registry/data }, delete: { enabled: true } }
http: { addr: 127.0.0.1:$port }
auth: { htpasswd: { realm: berth-test, path: $STATE/registry/htpasswd } }
YAML
  echo "$port" >"$STATE/registry.port"
  setsid docker-registry serve "$STATE/registry/config.yml" >"$STATE/registry.log" 2>&1 </dev/null 9>&- &
  echo $! >"$STATE/registry.pid"
  wait_for "docker-registry (log: $STATE/registry.log)" 60 registry_answers || { tail -20 "$STATE/registry.log" >&2; return 1; }
}

build_base_image() {
  docker_cli image inspect "$BASE_IMAGE" >/dev/null 2>&1 && return 0
  local ctx
  ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  cat >"$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ENV PATH=/bin
DOCKERFILE
  docker_cli build -q -t "$BASE_IMAGE" "$ctx" >"$STATE/base-image.log" 2>&1 ||
    { rm -rf "$ctx"; cat "$STATE/base-image.log" >&2; echo "building $BASE_IMAGE failed" >&2; return 1; }
  rm -rf "$ctx"
}

write_env() {
  umask 077
  cat >"$ENVFILE.tmp" <<ENV
DOCKER_HOST=unix://$SOCK
BERTH_TEST_REGISTRY=127.0.0.1:$(cat "$STATE/registry.port")
BERTH_TEST_REGISTRY_USER=$(cat "$STATE/registry.user")
BERTH_TEST_REGISTRY_PASSWORD=$(cat "$STATE/registry.password")
BERTH_TEST_BASE_IMAGE=$BASE_IMAGE
ENV
  mv "$ENVFILE.tmp" "$ENVFILE"
}

stop_all() {
  if engine_answers; then
    local ids
    ids=$(docker_cli ps -aq 2>/dev/null || true)
    # shellcheck disable=SC2086
    [ -z "$ids" ] || docker_cli rm -f $ids >/dev/null 2>&1 || true
  fi
  local name pid
  for name in registry docker; do
    pid_alive "$STATE/$name.pid" || continue
    pid=$(cat "$STATE/$name.pid")
    kill "$pid" 2>/dev/null || true
    wait_for "$name (pid $pid) to exit" 60 bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
  done
  # Mounts left by a killed engine would make the folder impossible to delete.
  if [ -d "$STATE" ]; then
    grep -o " ${STATE}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
    rm -rf "$STATE"
  fi
}

case "${1:-}" in
  start)
    mkdir -p "$STATE"
    exec 9>"$STATE.lock"
    flock 9
    start_engine
    start_registry
    build_base_image
    write_env
    ;;
  stop)
    exec 9>"$STATE.lock"
    flock 9
    stop_all
    ;;
  env)
    [ -f "$ENVFILE" ] || { echo "no test environment: run $HERE/docker-env.sh start" >&2; exit 1; }
    echo "$ENVFILE"
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
