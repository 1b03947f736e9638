#!/usr/bin/env bash
# `npm test`: every check and every test suite, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-services.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "generate Prisma clients"
npm run -s db:generate >/dev/null
step "typecheck"
npx tsc --noEmit
step "lint"
npx biome check .
step "dependency rules (.dependency-cruiser.cjs)"
npm run -s deps
step "unused files, exports and dependencies (knip.jsonc)"
npm run -s unused
step "governance: the pre-commit hooks on the committed tree (offline), and the workspace checker"
bash scripts/governance-ci.sh
step "OpenAPI document (lib/api/openapi.json) in step with the routes"
npm run -s openapi -- --check
step "skills library and gateway extensions"
npm run -s skills -- check
step "unit and integration tests (SQLite, PostgreSQL, Redis, Docker)"
npx vitest run
step "build"
npm run -s build >/tmp/buddy-next-build.log 2>&1 || { cat /tmp/buddy-next-build.log; exit 1; }
step "end-to-end tests (Playwright, Chromium)"
npx playwright test
