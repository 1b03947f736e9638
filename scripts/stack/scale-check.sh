# Sourced by scripts/stack/test.sh: the path past one machine, more workers on one Redis and
# PostgreSQL. The rehearsal's heartbeat is scheduled every 10 s (BUDDY_HEARTBEAT_EVERY); with two
# workers, each must beat, and the beats counted over three whole slots must be exactly three:
# every scheduled slot ran once, on one worker. Uses owner_api from scripts/stack/model-turn.sh.

workers_json() { # {"alive": N, "beats": SUM} of the workers /api/workers shows alive
  owner_api GET /api/workers | node -e '
    const alive = JSON.parse(require("fs").readFileSync(0)).workers.filter((w) => w.alive);
    console.log(JSON.stringify({ alive: alive.length, beats: alive.reduce((n, w) => n + w.beats, 0), ids: alive.map((w) => w.id) }));'
}

field() { node -pe "JSON.parse(process.argv[1]).$2" "$1"; }

wait_for_second() { # N: until the clock's seconds are N modulo 10 (the middle between two slots)
  until [ $(($(date +%s) % 10)) = "$1" ]; do sleep 0.2; done
}

scale_check() {
  local now before after deadline
  bash scripts/stack.sh scale 2 || return 1
  deadline=$(($(date +%s) + 120))
  until now="$(workers_json)" && [ "$(field "$now" alive)" -ge 2 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "after 120 s: $now"; return 1; }
    sleep 2
  done
  echo "both beat: $(field "$now" ids)"
  wait_for_second 5
  before="$(workers_json)"
  sleep 30 # three whole slots, at :x0, between two reads at :x5
  after="$(workers_json)"
  echo "beats over three slots: $(($(field "$after" beats) - $(field "$before" beats))) (before $before, after $after)"
  [ $(($(field "$after" beats) - $(field "$before" beats))) = 3 ] && [ "$(field "$after" alive)" = 2 ]
}
