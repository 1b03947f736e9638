#!/usr/bin/env bash
# Builds a local Node.js base image (default tag buddy-node-base:local) for machines that cannot pull
# from a container registry: Debian bookworm from Debian's mirror (debootstrap), the toolchain native
# npm modules compile with, and this machine's own Node.js (copied from its `nodejs` package, with its
# headers, so node-gyp builds offline). Then: NODE_BASE_IMAGE=buddy-node-base:local docker compose build
#   scripts/local-node-base.sh [TAG]
set -euo pipefail
tag="${1:-buddy-node-base:local}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
dpkg -s nodejs >/dev/null 2>&1 || { echo "local-node-base: needs the nodejs package on this machine" >&2; exit 2; }

root="$(mktemp -d /tmp/buddy-node-base-XXXXXX)"
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase --include=ca-certificates,python3,make,g++ bookworm "$root" "$mirror" >/dev/null
# The node binary, npm and the headers, exactly as this machine has them.
# (tar skips paths the package lists but this machine removed, such as docs; node itself must arrive.)
{ dpkg -L nodejs | grep -v '^/\.$' | tar -C / --no-recursion --ignore-failed-read -cf - -T - 2>/dev/null || true; } | tar -C "$root" -xf -
# npm as this machine runs it (it may have been upgraded past the package's own copy).
npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
rm -rf "$root$npm_dir" && mkdir -p "$root$npm_dir" && cp -a "$npm_dir/." "$root$npm_dir/"
[ -x "$root/usr/bin/node" ] || { echo "local-node-base: node did not arrive in the image" >&2; exit 1; }
mkdir -p "$root/usr/etc"
printf 'nodedir = "/usr"\naudit = false\nfund = false\nupdate-notifier = false\n' > "$root/usr/etc/npmrc"
# This machine's trust store and registry, so `npm ci` in a build reaches the registry the way the
# host does (through a TLS-inspecting proxy, its CA is only in the host's bundle).
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
echo 'cafile = "/etc/ssl/certs/ca-certificates.crt"' >> "$root/usr/etc/npmrc"
echo "registry = \"$(npm config get registry)\"" >> "$root/usr/etc/npmrc"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["node"]' - "$tag" >/dev/null
docker run --rm "$tag" node -e 'console.log("local-node-base: node " + process.version + " ready as '"$tag"'")'
