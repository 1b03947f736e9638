#!/usr/bin/env bash
# Makes a Debian 12 machine ready for Buddy's container tests, without any image registry:
# docker.io and debootstrap installed, dockerd answering, and the local images the tests use built.
# Idempotent and quick when everything is already there. Run as root (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE="${BUDDY_TEST_BASE_IMAGE:-buddy-ct-base:local}"
# host (default): busybox + this machine's bash/python/glibc, seconds. debootstrap: a Debian minbase.
BASE_FROM="${BUDDY_BASE_FROM:-host}"
SANDBOX_TEST_IMAGE="${BUDDY_SANDBOX_TEST_IMAGE:-buddy-ct-sandbox:test}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

say() { printf '[ensure-docker] %s\n' "$*"; }

need_pkgs=()
# The engine, not just a client: some machines ship a standalone docker CLI without dockerd.
command -v dockerd >/dev/null 2>&1 || [ -n "${DOCKER_HOST:-}" ] || need_pkgs+=(docker.io)
[ -x /bin/busybox ] || need_pkgs+=(busybox-static)
[ -x /usr/bin/python3 ] || need_pkgs+=(python3-minimal)
if [ "$BASE_FROM" = debootstrap ]; then command -v debootstrap >/dev/null 2>&1 || need_pkgs+=(debootstrap); fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  say "installing ${need_pkgs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  if [ -n "${DOCKER_HOST:-}" ]; then
    echo "DOCKER_HOST=$DOCKER_HOST does not answer; start that engine or unset DOCKER_HOST." >&2
    exit 1
  fi
  say "starting dockerd"
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 120); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start; see /var/log/dockerd.log" >&2; exit 1; }
fi

# The base of the test images: bash, python3 and the libraries Node needs.
if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  if [ "$BASE_FROM" = debootstrap ]; then
    say "building $BASE_IMAGE with debootstrap (minutes, depends on the mirror)"
    rootfs="$(mktemp -d /tmp/buddy-ct-rootfs.XXXXXX)"
    trap 'rm -rf "$rootfs"' EXIT
    debootstrap --variant=minbase --include=python3-minimal bookworm "$rootfs" "$MIRROR" >/tmp/buddy-ct-debootstrap.log 2>&1 ||
      { tail -20 /tmp/buddy-ct-debootstrap.log >&2; exit 1; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -c . | docker import --change 'CMD ["/bin/bash"]' - "$BASE_IMAGE" >/dev/null
    rm -rf "$rootfs"
    trap - EXIT
  else
    say "building $BASE_IMAGE from busybox and this machine's runtimes"
    bash scripts/build-test-base.sh "$BASE_IMAGE"
  fi
fi

# The sandbox API server on that base with the host's Node binary: the same server code as the
# real sandbox image (docker/sandbox/Dockerfile), without the heavy runtimes.
stamp="$(ls lib/sandbox/*.ts | grep -v '\.test\.ts$' | xargs cat docker/sandbox/Dockerfile.test scripts/build-sandbox-server.mjs | sha256sum | cut -c1-16)"
current="$(docker image inspect -f '{{ index .Config.Labels "buddy.source-hash" }}' "$SANDBOX_TEST_IMAGE" 2>/dev/null || true)"
if [ "$current" != "$stamp" ]; then
  say "building $SANDBOX_TEST_IMAGE"
  ctx="$(mktemp -d /tmp/buddy-ct-sandbox.XXXXXX)"
  node scripts/build-sandbox-server.mjs "$ctx/server.mjs"
  cp "$(readlink -f "$(command -v node)")" "$ctx/node"
  cp docker/sandbox/Dockerfile.test "$ctx/Dockerfile"
  docker build -q --build-arg BASE_IMAGE="$BASE_IMAGE" --label "buddy.source-hash=$stamp" -t "$SANDBOX_TEST_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
fi
say "ready: $(docker version -f '{{.Server.Version}}') with $BASE_IMAGE and $SANDBOX_TEST_IMAGE"
