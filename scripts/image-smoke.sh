#!/usr/bin/env bash
# Proves the built dashboard and worker images start and serve under the compose file's hardening
# (non-root 10001, read-only root, all capabilities dropped, no-new-privileges, memory and PID caps,
# tmpfs only where the compose file has it) against this machine's Redis, on a throwaway SQLite volume.
# Host networking only because the machine's Redis listens on 127.0.0.1; the compose file uses its bridge.
#   scripts/image-smoke.sh [DASHBOARD_IMAGE] [WORKER_IMAGE]
set -euo pipefail
dashboard="${1:-buddy-dashboard:local}"
worker="${2:-buddy-worker:local}"
port="${SMOKE_PORT:-5098}"
run="smoke$$"
volume="buddy-smoke-$run"
hardening=(--user 10001:10001 --read-only --cap-drop ALL --security-opt no-new-privileges:true --memory 768m --pids-limit 256 --tmpfs /tmp:size=64m --network host)
common_env=(-e DATABASE_URL=file:/data/buddy.db -e REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" -e BUDDY_REDIS_PREFIX="$run" -e BUDDY_OWNER_EMAIL=owner@smoke.test -e BUDDY_OWNER_PASSWORD=smoke-password-123)
cleanup() {
  docker rm -f "$run-dashboard" "$run-worker" >/dev/null 2>&1 || true
  docker volume rm "$volume" >/dev/null 2>&1 || true
  redis-cli --scan --pattern "$run:*" | xargs -r redis-cli del >/dev/null || true
}
trap cleanup EXIT

docker volume create "$volume" >/dev/null
# A fresh named volume is root-owned; hand it to the service user as an operator would, once.
docker run --rm -v "$volume:/data" --user 0 "$dashboard" sh -c 'chown 10001:10001 /data' >/dev/null 2>&1 || docker run --rm -v "$volume:/data" --user 0 --entrypoint chown "$dashboard" 10001:10001 /data

started=$(date +%s%N)
docker run -d --name "$run-dashboard" "${hardening[@]}" --tmpfs /app/.next/cache:size=128m,uid=10001,gid=10001 \
  -v "$volume:/data" "${common_env[@]}" -e PORT="$port" -e NEXTAUTH_SECRET=smoke-secret-that-is-long-enough-0123456789 "$dashboard" >/dev/null
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/tmp/$run-health.json 2>/dev/null && break
  docker inspect -f '{{.State.Running}}' "$run-dashboard" | grep -q true || { docker logs "$run-dashboard" | tail -30; echo "image-smoke: dashboard exited" >&2; exit 1; }
  sleep 0.5
done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "image-smoke: dashboard healthy after ${ready_ms} ms (migrations included): $(cat /tmp/$run-health.json)"
login=$(curl -sS -o /dev/null -w "%{http_code} %{redirect_url}" "http://127.0.0.1:$port/login")
[ "$login" = "200 " ] || { echo "image-smoke: /login answered $login (the owner from BUDDY_OWNER_EMAIL should exist)" >&2; exit 1; }
denied=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/staging")
[ "$denied" = 401 ] || { echo "image-smoke: /api/staging without a session answered $denied, not 401" >&2; exit 1; }

docker run -d --name "$run-worker" "${hardening[@]}" -v "$volume:/data" "${common_env[@]}" "$worker" >/dev/null
for _ in $(seq 1 120); do
  docker logs "$run-worker" 2>&1 | grep -q 'worker started' && break
  docker inspect -f '{{.State.Running}}' "$run-worker" | grep -q true || { docker logs "$run-worker" | tail -30; echo "image-smoke: worker exited" >&2; exit 1; }
  sleep 0.5
done
docker logs "$run-worker" 2>&1 | tail -3
stop_started=$(date +%s%N)
docker stop -t 30 "$run-worker" >/dev/null
code=$(docker inspect -f '{{.State.ExitCode}}' "$run-worker")
echo "image-smoke: worker stopped on SIGTERM in $(( ($(date +%s%N) - stop_started) / 1000000 )) ms, exit code $code"
[ "$code" = 0 ] || { docker logs "$run-worker" | tail -20; exit 1; }
docker stats --no-stream --format 'image-smoke: {{.Name}} memory {{.MemUsage}} pids {{.PIDs}}' "$run-dashboard"
echo "image-smoke: ok"
