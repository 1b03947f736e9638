#!/bin/sh
# requirepass from the secret file into a config on tmpfs (/run/redis, 0700): the password never
# appears in the process list, the environment or `docker inspect`.
set -eu
pw_file=/run/secrets/redis_password
[ -r "$pw_file" ] || { echo "redis: $pw_file is missing or unreadable" >&2; exit 1; }
umask 077
{
  printf 'requirepass %s\n' "$(cat "$pw_file")"
  printf 'port 6379\nbind * -::*\nprotected-mode yes\ndir /data\nsave 60 1\nappendonly no\n'
} >/run/redis/redis.conf
exec redis-server /run/redis/redis.conf
