#!/usr/bin/env bash
# Makes sure Redis answers (starting a local redis-server when REDIS_URL is unset and none runs).
set -euo pipefail
if [ -z "${REDIS_URL:-}" ]; then
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    if ! command -v redis-server >/dev/null 2>&1; then
      echo "Buddy needs Redis. Install it (Debian/Ubuntu: sudo apt-get install redis-server) or set REDIS_URL." >&2
      exit 1
    fi
    echo "Starting a local redis-server on 127.0.0.1:6379"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    for _ in $(seq 1 50); do redis-cli ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
fi
