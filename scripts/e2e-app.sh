#!/usr/bin/env bash
# Starts the built app and one worker on a fresh database for the Playwright suite.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-5050}"
export BUDDY_DATA_DIR="$PWD/e2e/.artifacts/data-$port"
export BUDDY_REDIS_PREFIX="e2e:$port"
export BUDDY_WORKSPACE="$BUDDY_DATA_DIR/workspace"
export AUTH_TRUST_HOST=true NEXT_TELEMETRY_DISABLED=1 PORT="$port"
unset DATABASE_URL
rm -rf "$BUDDY_DATA_DIR"
mkdir -p "$BUDDY_WORKSPACE"
redis-cli -u "${REDIS_URL:-redis://127.0.0.1:6379}" --scan --pattern "e2e:$port:*" | xargs -r redis-cli -u "${REDIS_URL:-redis://127.0.0.1:6379}" del >/dev/null
npx tsx prisma/tools/migrate.ts deploy
npm run -s worker:build
node --max-semi-space-size=1 --liftoff-only dist/worker.mjs > "$BUDDY_DATA_DIR/worker.log" 2>&1 &
worker=$!
trap 'kill -TERM $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT
node --max-semi-space-size=1 --liftoff-only scripts/start-web.mjs -p "$port" -H 127.0.0.1
