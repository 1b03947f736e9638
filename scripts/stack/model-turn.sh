# Sourced by scripts/stack/test.sh: one scripted model turn through the whole production path.
# A fake model server (test/providers/fake-provider-server.ts, OpenAI wire protocol) runs as a
# container on the stack's sandbox network, the only network the worker shares with anything but
# the databases; the worker is started with BUDDY_AI_PROVIDER=openai-compatible pointing at it.
# The owner triggers code-analysis through the dashboard API, the worker reviews a git repository
# of the host workspace and stages a CLAUDE.md, the owner approves it through the API, and the
# file must land in the host workspace with the model's text.
#   model_turn_prepare   before `stack.sh up`: the repository in the host workspace
#   model_turn_start     after `up`: the fake model container
#   model_turn_check     the turn itself (uses the owner's cookie jar $jar from test.sh)
#   model_turn_stop      in cleanup

fake_model="$BUDDY_STACK_NAME-fake-model"
model_reply="# CLAUDE.md (rehearsal $(date +%s)) - written by the stack's fake model"

model_turn_prepare() {
  local repo="$BUDDY_HOST_WORKSPACE/_active/demo"
  mkdir -p "$repo"
  printf '# demo\n\nA repository the rehearsal reviews.\n' >"$repo/README.md"
  printf '{ "name": "demo", "version": "1.0.0" }\n' >"$repo/package.json"
  git -C "$repo" init -q
  git -C "$repo" -c user.name=rehearsal -c user.email=rehearsal@buddy.local add -A
  git -C "$repo" -c user.name=rehearsal -c user.email=rehearsal@buddy.local commit -qm 'First commit'
  # Owned like _active itself (scripts/stack.sh): the gateway's uid, the dashboard's group, which
  # promotes approved files into it.
  chown -R 10002:10001 "$repo"
  chmod -R g+w "$repo"
}

model_turn_start() {
  local bundle
  bundle="$(mktemp -d /tmp/buddy-fake-model.XXXXXX)"
  npx esbuild test/providers/serve.ts --bundle --platform=node --format=esm --log-level=error --outfile="$bundle/serve.mjs"
  chmod -R a+rX "$bundle"
  docker rm -f "$fake_model" >/dev/null 2>&1 || true
  docker run -d --name "$fake_model" --network "$BUDDY_STACK_NAME-net-sandbox" --network-alias fake-model \
    --user 65534:65534 --read-only --cap-drop ALL --security-opt no-new-privileges:true --memory 128m \
    -e FAKE_PROVIDER_HOST=0.0.0.0 \
    -v "$(readlink -f "$(command -v node)"):/usr/local/bin/node:ro" -v "$bundle:/srv:ro" \
    "${BUDDY_TEST_BASE_IMAGE:-buddy-ct-base:local}" node /srv/serve.mjs 9600 >/dev/null
  fake_model_call POST /__control "$(node -e 'console.log(JSON.stringify({ reply: process.argv[1] }))' "$model_reply")" >/dev/null
}

fake_model_call() { # METHOD PATH [JSON]: from inside the container (it publishes no port); exitCode, not
  # exit(): an exit right after console.log to a pipe cuts a long answer (the agent turn's /__requests)
  docker exec "$fake_model" node -e "
    const [method, path, body] = process.argv.slice(1);
    fetch('http://127.0.0.1:9600' + path, { method, body: body || undefined, headers: { 'content-type': 'application/json' } })
      .then(async (r) => { console.log(await r.text()); process.exitCode = r.ok ? 0 : 1; }, (e) => { console.error(e.message); process.exitCode = 1; });" "$@"
}

owner_api() { # METHOD PATH [JSON]: the owner's session cookie; mutations carry the dashboard's origin and JSON
  curl -fsS -b "$jar" -X "$1" -H "origin: $dash" -H 'content-type: application/json' ${3:+--data "$3"} "$dash$2"
}

model_turn_check() {
  local run item status target="$BUDDY_HOST_WORKSPACE/_active/demo/CLAUDE.md" deadline
  run="$(owner_api POST /api/jobs/code-analysis/run '{}')" || { echo "run not accepted"; return 1; }
  echo "run: $run"
  deadline=$(($(date +%s) + 180))
  # Waits on the front door the owner uses: the staging queue lists the proposal once the job staged it.
  until item="$(owner_api GET '/api/staging?kind=claude-md&status=pending' |
    node -pe 'JSON.parse(require("fs").readFileSync(0)).items.find((i) => i.title === "CLAUDE.md for demo")?.id ?? ""')" &&
    [ -n "$item" ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "no CLAUDE.md proposal staged in 180 s; runs: $(owner_api GET /api/jobs/code-analysis/runs | cut -c1-400)"
      return 1
    fi
    sleep 2
  done
  echo "staged: $item"
  fake_model_call GET /__requests | node -e '
    const requests = JSON.parse(require("fs").readFileSync(0));
    console.log(`model requests: ${requests.length} (${requests.map((r) => r.path).join(", ")})`);
    if (!requests.some((r) => r.path.endsWith("/chat/completions"))) process.exit(1);'
  [ ! -e "$target" ] || { echo "CLAUDE.md exists before the approval"; return 1; }
  status="$(owner_api POST "/api/staging/$item/approve" '{"note":"rehearsal"}')" || { echo "approve failed"; return 1; }
  echo "approved: $(echo "$status" | cut -c1-200)"
  [ "$(cat "$target")" = "$model_reply" ] || { echo "host file: $(head -c 200 "$target" 2>&1)"; return 1; }
  echo "landed: $target"
}

model_turn_stop() {
  docker rm -f "$fake_model" >/dev/null 2>&1 || true
}
