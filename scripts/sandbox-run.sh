#!/usr/bin/env bash
# Starts Buddy's sandbox as a standalone container with the same hardening the dashboard uses
# (lib/containers/sandbox-spec.ts). Usage:
#   scripts/sandbox-run.sh [TOKEN_FILE]
# Environment: BUDDY_SANDBOX_IMAGE (buddy-sandbox:latest), BUDDY_SANDBOX_NAME (buddy-sandbox),
# BUDDY_DOCKER_NETWORK (buddy-net, created by docker compose), BUDDY_SANDBOX_PUBLISH (a host
# port to publish 9500 on 127.0.0.1; unset: reachable only from Buddy's network).
# The token file must be owned by root with mode 0400: the server reads it before any program
# runs, and programs (other uids) cannot.
set -euo pipefail
image="${BUDDY_SANDBOX_IMAGE:-buddy-sandbox:latest}"
name="${BUDDY_SANDBOX_NAME:-buddy-sandbox}"
network="${BUDDY_DOCKER_NETWORK:-buddy-net}"
token_file="$(realpath "${1:-secrets/sandbox_token}")"
[ -s "$token_file" ] || { echo "No token at $token_file (create one: openssl rand -hex 32 > secrets/sandbox_token)" >&2; exit 1; }
docker network inspect "$network" >/dev/null 2>&1 || { echo "Network $network is missing: run docker compose up -d first." >&2; exit 1; }
publish=()
[ -n "${BUDDY_SANDBOX_PUBLISH:-}" ] && publish=(--publish "127.0.0.1:${BUDDY_SANDBOX_PUBLISH}:9500")
why='the API server starts as root holding only SETUID, SETGID and KILL, and runs every program as an unprivileged per-slot uid it can always kill'

exec docker run --detach --name "$name" \
  --label buddy.component=sandbox --label buddy.role=sandbox \
  --label "buddy.audit.justify.capabilities=$why" \
  --label "buddy.audit.justify.non-root-user=$why" \
  --cap-drop ALL --cap-add SETUID --cap-add SETGID --cap-add KILL \
  --security-opt no-new-privileges:true \
  --read-only --tmpfs /tmp:rw,nosuid,nodev,size=256m \
  --memory 2g --memory-swap 2g --pids-limit 512 \
  --init --restart on-failure:5 \
  --network "$network" "${publish[@]}" \
  --volume "$token_file:/run/secrets/sandbox_token:ro" \
  --health-cmd "node -e \"fetch('http://127.0.0.1:9500/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))\"" \
  --health-interval 30s --health-timeout 5s --health-retries 3 \
  "$image"
