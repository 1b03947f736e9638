#!/bin/sh
# First start: initdb with the password from the secret file (scram-sha-256) and the owner's
# database. Every start: pg_hba accepts only the local socket and `samenet` (the one network this
# container is on: dashboard and worker), always with a password.
set -eu
PGDATA=/var/lib/postgresql/data/pgdata
user="${POSTGRES_USER:-buddy}"
db="${POSTGRES_DB:-buddy}"
pw_file="${POSTGRES_PASSWORD_FILE:-/run/secrets/postgres_password}"
[ -r "$pw_file" ] || { echo "postgres: $pw_file is missing or unreadable" >&2; exit 1; }
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chmod 0700 "$PGDATA"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pw_file" --auth=scram-sha-256 -E UTF8 --no-locale >/dev/null
  echo "CREATE DATABASE \"$db\" OWNER \"$user\";" | postgres --single -D "$PGDATA" -j postgres >/dev/null
  echo "postgres: initialised $PGDATA with database $db"
fi
cat >"$PGDATA/pg_hba.conf" <<HBA
local all all scram-sha-256
host all all samenet scram-sha-256
HBA
exec postgres -D "$PGDATA" -c listen_addresses='*' -c password_encryption=scram-sha-256 -c jit=off \
  -c unix_socket_directories=/var/run/postgresql
