#!/usr/bin/env bash
# Starts Buddy's sandbox as a standalone container with the same hardening the dashboard uses
# (lib/containers/sandbox-spec.ts), on the stack's own sandbox network (only the gateway and the
# worker join it). Usage:
#   scripts/sandbox-run.sh [TOKEN_FILE]
# Environment: BUDDY_SANDBOX_IMAGE (buddy-sandbox:latest), BUDDY_SANDBOX_NAME (buddy-sandbox),
# BUDDY_STACK_NAME (buddy) or BUDDY_SANDBOX_NETWORK (<stack>-net-sandbox, created by the compose stack),
# BUDDY_HOST_WORKSPACE (the host workspace: mounted with _governance and _archive read-only),
# BUDDY_SECRETS_DIR (the tmpfs scripts/stack.sh decrypts into), BUDDY_SANDBOX_PUBLISH (a host
# port to publish 9500 on 127.0.0.1; unset: reachable only from the sandbox network).
# The token file must be owned by root with mode 0400: the server reads it before any program
# runs, and programs (other uids) cannot.
set -euo pipefail
image="${BUDDY_SANDBOX_IMAGE:-buddy-sandbox:latest}"
name="${BUDDY_SANDBOX_NAME:-buddy-sandbox}"
network="${BUDDY_SANDBOX_NETWORK:-${BUDDY_STACK_NAME:-buddy}-net-sandbox}"
default_token="secrets/sandbox_token"
[ -n "${BUDDY_SECRETS_DIR:-}" ] && default_token="$BUDDY_SECRETS_DIR/sandbox/sandbox_token"
token_file="$(realpath "${1:-$default_token}")"
[ -s "$token_file" ] || { echo "No token at $token_file (scripts/stack.sh up decrypts it from secrets/)" >&2; exit 1; }
docker network inspect "$network" >/dev/null 2>&1 || { echo "Network $network is missing: start the stack first (scripts/stack.sh up)." >&2; exit 1; }
publish=()
[ -n "${BUDDY_SANDBOX_PUBLISH:-}" ] && publish=(--publish "127.0.0.1:${BUDDY_SANDBOX_PUBLISH}:9500")
# The workspace as lib/containers/workspace-mounts.ts mounts it for the sandbox.
workspace=()
if [ -n "${BUDDY_HOST_WORKSPACE:-}" ]; then
  ws="$(realpath "$BUDDY_HOST_WORKSPACE")"
  workspace=(--volume "$ws:/workspace" --volume "$ws/_governance:/workspace/_governance:ro" --volume "$ws/_archive:/workspace/_archive:ro")
fi
why='the API server starts as root holding only SETUID, SETGID and KILL, and runs every program as an unprivileged per-slot uid it can always kill'

exec docker run --detach --name "$name" \
  --label buddy.component=sandbox --label buddy.role=sandbox --label "buddy.scope=${BUDDY_STACK_NAME:-buddy}" \
  --label "buddy.audit.justify.capabilities=$why" \
  --label "buddy.audit.justify.non-root-user=$why" \
  --cap-drop ALL --cap-add SETUID --cap-add SETGID --cap-add KILL \
  --security-opt no-new-privileges:true \
  --read-only --tmpfs /tmp:rw,nosuid,nodev,size=256m \
  --memory 2g --memory-swap 2g --pids-limit 512 --cpu-shares 512 \
  --init --restart on-failure:5 \
  --network "$network" --network-alias buddy-sandbox "${publish[@]}" \
  --volume "$token_file:/run/secrets/sandbox_token:ro" "${workspace[@]}" \
  --health-cmd "node -e \"fetch('http://127.0.0.1:9500/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))\"" \
  --health-interval 30s --health-timeout 5s --health-retries 3 \
  "$image"
