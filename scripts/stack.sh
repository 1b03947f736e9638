#!/usr/bin/env bash
# Buddy's production stack on this machine:
#   scripts/stack.sh up      decrypt secrets/stack.sops.yaml onto tmpfs, start every container, wait for health
#   scripts/stack.sh down    stop and remove the containers, the sandbox and the plaintext secrets
#   scripts/stack.sh build   build the images from host artifacts (scripts/stack/build-images.sh)
#   scripts/stack.sh scale N run N workers on the same Redis and PostgreSQL, wait until each is healthy
# Environment: BUDDY_STACK_NAME (buddy; the rehearsal uses buddystack), SOPS_AGE_KEY_FILE (the age key),
# BUDDY_HOST_WORKSPACE (./workspace), BUDDY_DASHBOARD_PORT (5050), BUDDY_GATEWAY_PORT (18789),
# BUDDY_STACK_TAG (image tag: latest; the rehearsal builds :stack), BUDDY_STACK_VOLUMES=remove (down -v).
set -euo pipefail
cd "$(dirname "$0")/.."
export BUDDY_STACK_NAME="${BUDDY_STACK_NAME:-buddy}"
export COMPOSE_PROJECT_NAME="$BUDDY_STACK_NAME"
export BUDDY_SECRETS_DIR="${BUDDY_SECRETS_DIR:-/dev/shm/buddy-$BUDDY_STACK_NAME}"
export BUDDY_HOST_WORKSPACE="$(realpath -m "${BUDDY_HOST_WORKSPACE:-./workspace}")"
export DOCKER_GID="${DOCKER_GID:-$(stat -c %g /var/run/docker.sock)}"
tag="${BUDDY_STACK_TAG:-latest}"
for svc in dashboard worker gateway redis postgres socket-proxy sandbox; do
  var="BUDDY_$(echo "$svc" | tr 'a-z-' 'A-Z_')_IMAGE"
  export "$var=${!var:-buddy-$svc:$tag}"
done
export BUDDY_SANDBOX_NAME="${BUDDY_SANDBOX_NAME:-$BUDDY_STACK_NAME-sandbox}"

compose() {
  if docker compose version >/dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi
}
say() { printf '[stack %s] %s\n' "$(date +%T)" "$*"; }

wait_healthy() { # CONTAINER TIMEOUT_SECONDS
  local deadline=$(($(date +%s) + $2)) state
  while :; do
    state="$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$1" 2>/dev/null || echo missing)"
    case "$state" in
      "running healthy") return 0 ;;
      exited* | dead* | missing) docker logs --tail 40 "$1" >&2 || true; echo "stack: $1 is $state" >&2; return 1 ;;
    esac
    if [ "$(date +%s)" -ge "$deadline" ]; then
      docker logs --tail 40 "$1" >&2 || true
      echo "stack: $1 not healthy after $2 s ($state)" >&2
      return 1
    fi
    sleep 2
  done
}

up() {
  local t0
  t0=$(date +%s)
  # The host step: every value and the MAC checked before anything is written, tmpfs only.
  npx tsx scripts/stack/secrets.ts open --dir "$BUDDY_SECRETS_DIR"
  mkdir -p "$BUDDY_HOST_WORKSPACE/_governance" "$BUDDY_HOST_WORKSPACE/_archive" "$BUDDY_HOST_WORKSPACE/_active" \
    "$BUDDY_HOST_WORKSPACE/_intel"
  # The worker's one writable folder (the daily digest); Docker would create a missing one as root.
  chown 10001:10001 "$BUDDY_HOST_WORKSPACE/_intel"
  # The agents' uid may write the workspace but not the human-only layers (owned by root, and mounted read-only).
  chown 10002:10001 "$BUDDY_HOST_WORKSPACE" "$BUDDY_HOST_WORKSPACE/_active"
  chmod 0775 "$BUDDY_HOST_WORKSPACE" "$BUDDY_HOST_WORKSPACE/_active"
  chown root:root "$BUDDY_HOST_WORKSPACE/_governance" "$BUDDY_HOST_WORKSPACE/_archive"
  chmod 0755 "$BUDDY_HOST_WORKSPACE/_governance" "$BUDDY_HOST_WORKSPACE/_archive"
  compose up -d --no-build "$@"
  BUDDY_SANDBOX_IMAGE="$BUDDY_SANDBOX_IMAGE" bash scripts/sandbox-run.sh >/dev/null
  local project_containers
  project_containers="$(docker ps -q --filter "label=com.docker.compose.project=$BUDDY_STACK_NAME")"
  for id in $project_containers; do wait_healthy "$(docker inspect -f '{{.Name}}' "$id" | sed 's#^/##')" 300; done
  wait_healthy "$BUDDY_SANDBOX_NAME" 120
  say "up: $(($(echo "$project_containers" | wc -w) + 1)) containers healthy in $(($(date +%s) - t0)) s"
}

scale() { # WORKERS: the running containers are kept; new workers join the same queues
  compose up -d --no-build --no-recreate --scale "worker=$1" worker
  local id
  for id in $(docker ps -q --filter "label=com.docker.compose.project=$BUDDY_STACK_NAME" --filter label=com.docker.compose.service=worker); do
    wait_healthy "$(docker inspect -f '{{.Name}}' "$id" | sed 's#^/##')" 120
  done
  say "scale: $1 workers healthy"
}

down() {
  docker rm -f "$BUDDY_SANDBOX_NAME" >/dev/null 2>&1 || true
  if [ "${BUDDY_STACK_VOLUMES:-keep}" = remove ]; then compose down -v --remove-orphans; else compose down --remove-orphans; fi
  npx tsx scripts/stack/secrets.ts close --dir "$BUDDY_SECRETS_DIR"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  build) BUDDY_STACK_TAG="$tag" bash scripts/stack/build-images.sh ;;
  scale) scale "${2:?usage: scripts/stack.sh scale WORKERS}" ;;
  *) echo "usage: scripts/stack.sh up|down|build|scale N" >&2; exit 2 ;;
esac
