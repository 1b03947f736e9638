#!/usr/bin/env bash
# Builds the small local base image for Buddy's container tests in seconds, without a registry
# or a Debian mirror: busybox-static for the userland, plus this machine's own bash, python3
# and Node runtime libraries (glibc, libstdc++). Usage: scripts/build-test-base.sh IMAGE
# (scripts/ensure-docker.sh calls it; BUDDY_BASE_FROM=debootstrap builds a Debian minbase instead).
set -euo pipefail
image="$1"
root="$(mktemp -d /tmp/buddy-ct-base.XXXXXX)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/usr/bin "$root"/usr/lib/x86_64-linux-gnu "$root"/lib64 "$root"/etc "$root"/tmp "$root"/usr/local/bin "$root"/root
ln -s usr/bin "$root/bin"
ln -s usr/lib "$root/lib"
ln -s bin "$root/usr/sbin"
chmod 1777 "$root/tmp"

libs_of() { ldd "$1" 2>/dev/null | grep -o '/[^ )]*' || true; }
copy_libs() {
  for lib in $(libs_of "$1"); do
    case "$lib" in
      */ld-linux-x86-64.so.2) cp -Ln "$lib" "$root/lib64/" ;;
      *) cp -Ln "$lib" "$root/usr/lib/x86_64-linux-gnu/" ;;
    esac
  done
}

cp /bin/busybox "$root/usr/bin/busybox"
for applet in $(/bin/busybox --list); do
  [ -e "$root/usr/bin/$applet" ] || ln -s busybox "$root/usr/bin/$applet"
done
rm -f "$root/usr/bin/bash" "$root/usr/bin/python3"
cp -L /bin/bash "$root/usr/bin/bash"
copy_libs /bin/bash

# Debian's own interpreter (not a pyenv or venv shim on PATH).
py="$(readlink -f /usr/bin/python3)"
pyver="$(basename "$py")"
cp "$py" "$root/usr/bin/$pyver"
ln -s "$pyver" "$root/usr/bin/python3"
copy_libs "$py"
mkdir -p "$root/usr/lib/$pyver"
tar -C "/usr/lib/$pyver" --exclude=dist-packages --exclude=site-packages --exclude=test --exclude=__pycache__ -c . | tar -C "$root/usr/lib/$pyver" -x
for so in "$root/usr/lib/$pyver"/lib-dynload/*.so; do copy_libs "$so"; done
# Node's runtime libraries, so the sandbox test image can add just the binary.
copy_libs "$(readlink -f "$(command -v node)")"

printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
tar -C "$root" -c . | docker import --change 'CMD ["/bin/sh"]' --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' - "$image" >/dev/null
