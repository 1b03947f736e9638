#!/bin/sh
# Turns every VAR_FILE=/run/secrets/... into VAR=<file content> for the process it starts, so
# secrets live in files mounted by compose and never in the compose file or `docker inspect`.
set -eu
for pair in $(env | grep -E '^[A-Z0-9_]+_FILE=' || true); do
  name="${pair%%_FILE=*}"
  file="${pair#*=}"
  if [ -r "$file" ]; then
    export "$name=$(cat "$file")"
  else
    echo "secret file $file for $name is not readable" >&2
    exit 1
  fi
done
exec "$@"
