# Sourced by scripts/stack/test.sh: the memory duplicate scan in the production stack. The owner adds
# two notes that say the same thing; the dashboard asks a worker to compare the whole memory, the
# worker's container forks the scan's own process (dist/duplicate-scan.mjs beside dist/worker.mjs),
# and the duplicates API must come to name the pair, read from the stored findings. Uses owner_api
# (scripts/stack/model-turn.sh) and the owner's cookie jar.

memory_scan_check() {
  local stamp a b reply deadline
  stamp="rehearsal$(date +%s)"
  a="$(owner_api POST /api/memory "{\"content\":\"The $stamp backups run nightly at 02:00 to the offsite bucket.\"}" |
    node -pe 'JSON.parse(require("fs").readFileSync(0)).entry.id')" || { echo "first note not created"; return 1; }
  b="$(owner_api POST /api/memory "{\"content\":\"The $stamp backups run every night at 02:00 to the offsite bucket.\"}" |
    node -pe 'JSON.parse(require("fs").readFileSync(0)).entry.id')" || { echo "second note not created"; return 1; }
  echo "notes: $a $b"
  deadline=$(($(date +%s) + 120))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    reply="$(owner_api GET /api/memory/duplicates)" || { echo "duplicates API failed"; return 1; }
    if node -e '
      const [a, b] = process.argv.slice(1);
      const r = JSON.parse(require("fs").readFileSync(0));
      const found = !r.scanning && r.pairs.some((p) => [p.survivor.id, p.merged.id].sort().join() === [a, b].sort().join());
      process.exit(found ? 0 : 1);' "$a" "$b" <<<"$reply"; then
      echo "the pair is proposed: $(cut -c1-160 <<<"$reply")"
      return 0
    fi
    sleep 2 # polling the running stack from outside, not test synchronisation inside the app
  done
  echo "no proposal for the pair within 120 s; last reply: $(cut -c1-300 <<<"$reply")"
  docker logs "$(name_of worker)" 2>&1 | grep -i 'duplicate' | tail -5
  return 1
}
