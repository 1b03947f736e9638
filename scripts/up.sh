#!/usr/bin/env bash
# `npm run up`: from a fresh clone to a running Buddy on http://localhost:5050 (web + worker).
# Installs dependencies, generates the Prisma clients, makes sure Redis runs, migrates the database
# (SQLite under data/ unless DATABASE_URL says otherwise), builds when the code changed, then starts.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
port="${PORT:-5050}"
say() { printf '\033[1m» %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
say "Generating the database clients"
npm run -s db:generate >/dev/null
bash scripts/ensure-services.sh
say "Migrating the database"
npm run -s db:migrate

stamp="$(git rev-parse HEAD 2>/dev/null || echo none)-$(git status --porcelain 2>/dev/null | md5sum | cut -c1-8)"
if [ ! -f .next/BUILD_ID ] || [ "$(cat .next/.buddy-stamp 2>/dev/null)" != "$stamp" ]; then
  say "Building the dashboard"
  npm run -s build >/tmp/buddy-build.log 2>&1 || { cat /tmp/buddy-build.log; exit 1; }
  echo "$stamp" > .next/.buddy-stamp
fi

# next-auth derives its URLs from the request unless NEXTAUTH_URL pins them.
[ -n "${NEXTAUTH_URL:-}" ] || export AUTH_TRUST_HOST=true
say "Starting the worker and the dashboard on http://localhost:$port"
# The worker runs as production runs it (docker/worker/Dockerfile): our code bundled by esbuild.
npm run -s worker:build
node --max-semi-space-size=1 --liftoff-only dist/worker.mjs & # why the flag: workers/index.ts
worker=$!
trap 'kill -TERM $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT INT TERM
# The same V8 flags as the worker, for the same reasons (workers/index.ts; measured by bench:web-rss).
node --max-semi-space-size=1 --liftoff-only scripts/start-web.mjs -p "$port" # next start (why the script: its comment)
