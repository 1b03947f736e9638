#!/usr/bin/env bash
# `npm run stack:test`: the production stack rehearsed on this machine, checked through its front doors.
# Builds every image from host artifacts, starts the stack as `buddystack` (dashboard on 127.0.0.1:5208,
# gateway on 127.0.0.1:18889) with secrets decrypted onto tmpfs by the rehearsal key, then checks health,
# the owner's login, the Containers and Jobs APIs, the gateway (its plugins and skills, and an agent turn
# whose tool calls its plugins judge), isolation (attacks run from inside the gateway and sandbox
# containers), and that no secret value is on disk, in a volume, an image or an environment. Always stops the stack and removes the plaintext at the end. Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
export BUDDY_STACK_NAME="${BUDDY_STACK_NAME:-buddystack}"
export BUDDY_STACK_TAG="${BUDDY_STACK_TAG:-stack}"
export BUDDY_DASHBOARD_PORT="${BUDDY_DASHBOARD_PORT:-5208}"
export BUDDY_GATEWAY_PORT="${BUDDY_GATEWAY_PORT:-18889}"
export NEXTAUTH_URL="http://127.0.0.1:$BUDDY_DASHBOARD_PORT"
export SOPS_AGE_KEY_FILE="${SOPS_AGE_KEY_FILE:-$PWD/lib/secrets/fixtures/rehearsal/REHEARSAL-ONLY.agekey}"
export BUDDY_SECRETS_DIR="/dev/shm/buddy-$BUDDY_STACK_NAME"
export BUDDY_HOST_WORKSPACE="${BUDDY_HOST_WORKSPACE:-/var/tmp/buddy-$BUDDY_STACK_NAME-workspace}"
export BUDDY_STACK_VOLUMES=remove
# The gateway's model is the fake model server too (scripts/stack/gateway-rehearsal.json5).
export COMPOSE_FILE=docker-compose.yml:scripts/stack/rehearsal.compose.yml
# The jobs' model is the rehearsal's fake model server (scripts/stack/model-turn.sh), not the gateway.
export BUDDY_AI_PROVIDER=openai-compatible BUDDY_AI_BASE_URL=http://fake-model:9600/v1
# Heartbeat slots every 10 s, so the two-worker check counts three slots in half a minute.
export BUDDY_HEARTBEAT_EVERY='*/10 * * * * *'
owner_email=owner@buddy.local
dash="http://127.0.0.1:$BUDDY_DASHBOARD_PORT"
t0=$(date +%s)
failures=0
say() { printf '[stack:test +%ss] %s\n' "$(($(date +%s) - t0))" "$*"; }
ok() { say "ok   $*"; }
bad() { say "FAIL $*"; failures=$((failures + 1)); }
check() { # DESCRIPTION COMMAND...
  local what="$1"
  shift
  if "$@" >/tmp/buddy-stack-check.log 2>&1; then ok "$what"; else bad "$what: $(tail -3 /tmp/buddy-stack-check.log | tr '\n' ' ')"; fi
}
refused() { # DESCRIPTION COMMAND... (the command must fail)
  local what="$1"
  shift
  if "$@" >/tmp/buddy-stack-check.log 2>&1; then bad "$what was NOT refused: $(tail -2 /tmp/buddy-stack-check.log | tr '\n' ' ')"; else ok "refused: $what ($(tail -1 /tmp/buddy-stack-check.log | cut -c1-100))"; fi
}
c() { echo "$BUDDY_STACK_NAME-$1-1"; } # compose v2 container names; v1 uses _1
name_of() { docker ps --format '{{.Names}}' --filter "label=com.docker.compose.project=$BUDDY_STACK_NAME" --filter "label=com.docker.compose.service=$1" | head -1; }

# shellcheck source=scripts/stack/model-turn.sh
source scripts/stack/model-turn.sh
# shellcheck source=scripts/stack/agent-turn.sh
source scripts/stack/agent-turn.sh
# shellcheck source=scripts/stack/gateway-inventory.sh
source scripts/stack/gateway-inventory.sh
# shellcheck source=scripts/stack/scale-check.sh
source scripts/stack/scale-check.sh
# shellcheck source=scripts/stack/memory-scan.sh
source scripts/stack/memory-scan.sh

cleanup() {
  local status=$?
  # A command that stopped the script (set -e) is a failure even when every check so far passed.
  [ "$status" = 0 ] || bad "the rehearsal stopped early (exit status $status)"
  say "stopping the stack"
  model_turn_stop
  agent_turn_stop
  gateway_skills_stop
  bash scripts/stack.sh down >/dev/null 2>&1 || true
  [ -d "$BUDDY_SECRETS_DIR" ] && bad "plaintext secrets still on tmpfs after down" || ok "down removed the plaintext ($BUDDY_SECRETS_DIR)"
  say "done: $failures failure(s) in $(($(date +%s) - t0)) s"
  [ "$failures" = 0 ]
}

# 0. A tampered secrets file stops the start, with a clear error, before anything is written.
tampered="$(mktemp -d)/stack.sops.yaml"
grep -v '^agent_token:' secrets/stack.sops.yaml >"$tampered"
if npx tsx scripts/stack/secrets.ts open --file "$tampered" --dir "$BUDDY_SECRETS_DIR-tampered" 2>/tmp/buddy-stack-tamper.log; then
  bad "a tampered file was accepted"
else
  grep -q 'refusing to start: .*MAC does not match' /tmp/buddy-stack-tamper.log && [ ! -e "$BUDDY_SECRETS_DIR-tampered" ] &&
    ok "tampered file refused: $(cut -c1-140 /tmp/buddy-stack-tamper.log)" || bad "tampered file: unclear error $(cat /tmp/buddy-stack-tamper.log)"
fi
rm -rf "$(dirname "$tampered")"

# 1. Build (host artifacts, COPY layers) and start.
bash scripts/stack.sh down >/dev/null 2>&1 || true
bash scripts/stack.sh build
build_s=$(($(date +%s) - t0))
trap cleanup EXIT
rm -rf "$BUDDY_HOST_WORKSPACE"
model_turn_prepare
agent_turn_prepare
up_start=$(date +%s)
bash scripts/stack.sh up
up_s=$(($(date +%s) - up_start))
model_turn_start
say "figures: build ${build_s} s, up to all healthy ${up_s} s"
for img in dashboard worker gateway redis postgres socket-proxy sandbox; do
  say "figures: image buddy-$img:$BUDDY_STACK_TAG $(docker image inspect -f '{{.Size}}' "buddy-$img:$BUDDY_STACK_TAG" | awk '{printf "%.0f MB", $1/1e6}')"
done
D="$(name_of dashboard)" W="$(name_of worker)" G="$(name_of gateway)" R="$(name_of redis)" P="$(name_of postgres)" S="$BUDDY_STACK_NAME-sandbox"

# 2. The owner signs in (the password is the decrypted secret), then the APIs the pages use.
jar="$(mktemp)"
login() {
  local csrf
  csrf="$(curl -fsS -c "$jar" "$dash/api/auth/csrf" | node -pe 'JSON.parse(require("fs").readFileSync(0)).csrfToken')"
  curl -fsS -b "$jar" -c "$jar" -o /dev/null -X POST "$dash/api/auth/callback/credentials" \
    --data-urlencode "csrfToken=$csrf" --data-urlencode "email=$owner_email" \
    --data-urlencode "password=$(cat "$BUDDY_SECRETS_DIR/dashboard/owner_password")"
  curl -fsS -b "$jar" "$dash/api/auth/session" | grep -q "$owner_email"
}
check "owner login on the stack's dashboard ($dash)" login
containers_ok() {
  curl -fsS -b "$jar" "$dash/api/containers" | node -e '
    const { containers } = JSON.parse(require("fs").readFileSync(0));
    const names = containers.map((c) => `${c.component}:${c.state}:${c.audit.passed ? "pass" : "FAIL " + c.audit.failed}`);
    console.log(names.join("\n"));
    const comps = new Set(containers.map((c) => c.component));
    if (containers.length !== 7 || comps.size !== 7) throw new Error(`expected 7 containers, got ${names}`);
    if (!containers.every((c) => c.state === "running" && c.audit.passed)) throw new Error(names.join(", "));'
}
check "Containers API lists all seven containers, every audit check passing" containers_ok
cp /tmp/buddy-stack-check.log /tmp/buddy-stack-containers.txt
compose_audit_ok() { # the dashboard reads its own docker-compose.yml (interpolated with its environment) and audits it
  curl -fsS -b "$jar" "$dash/api/containers/compose-audit" | node -e '
    const { services } = JSON.parse(require("fs").readFileSync(0));
    const names = services.map((s) => `${s.name}:${s.passed ? "pass" : "FAIL " + s.failed}`);
    console.log(names.join(", "));
    if (services.length !== 6 || !services.every((s) => s.passed)) process.exit(1);'
}
check "compose-file audit: six services, every check passing" compose_audit_ok
jobs_ok() { curl -fsS -b "$jar" "$dash/api/jobs" | node -e 'const j = JSON.parse(require("fs").readFileSync(0)); const n = (j.jobs ?? j.definitions ?? j).length; console.log(n); if (!(n > 0)) process.exit(1)'; }
check "Jobs API lists the catalog" jobs_ok

mkdir -p e2e/.artifacts
check "Chromium: owner login, Containers page with seven cards (screenshot e2e/.artifacts/stack-containers.png), Jobs page" \
  npx tsx scripts/stack/browser-check.ts "$dash" "$owner_email" "$BUDDY_SECRETS_DIR/dashboard/owner_password" e2e/.artifacts/stack-containers.png

check "model turn: the owner runs code-analysis, the worker asks the fake model and stages a CLAUDE.md, approved through the API it lands in the host workspace" \
  model_turn_check
sed 's/^/       /' /tmp/buddy-stack-check.log
check "memory duplicate scan: two alike notes added through the API, the worker's scan process finds the pair, the duplicates API proposes it" \
  memory_scan_check

# 3. The gateway: health, what it loaded, its own log, an agent turn. The turn (a minute of model round
# trips) and the skill listing run in the background meanwhile and are checked before section 6.
check "gateway /health on 127.0.0.1:$BUDDY_GATEWAY_PORT" curl -fsS "http://127.0.0.1:$BUDDY_GATEWAY_PORT/health"
docker logs "$G" >/tmp/buddy-stack-gateway.log 2>&1 || true
agent_turn_start || bad "agent turn: the fake model could not be scripted"
gateway_skills_list_start
check "gateway log names each of Buddy's plugins as loaded" gateway_plugins_loaded /tmp/buddy-stack-gateway.log
sed 's/^/       /' /tmp/buddy-stack-check.log
gateway_tool() { # TOOL ARGS_JSON: the gateway's POST /tools/invoke with its token (read from tmpfs, not on argv); prints the tool's details
  curl -fsS -m 90 -X POST "http://127.0.0.1:$BUDDY_GATEWAY_PORT/tools/invoke" -H 'content-type: application/json' \
    -H @<(printf 'authorization: Bearer %s\n' "$(cat "$BUDDY_SECRETS_DIR/gateway/gateway_token")") \
    --data "{\"tool\":\"$1\",\"args\":$2}" | node -pe 'JSON.stringify(JSON.parse(require("fs").readFileSync(0)).result.details)'
}
sandbox_exec_reaches() { # the code runs in the sandbox container (its hostname), as an unprivileged uid
  local details
  details="$(gateway_tool sandbox_exec '{"language":"bash","code":"cat /etc/hostname; id -u"}')" || return 1
  echo "$details"
  node -e 'const d = JSON.parse(process.argv[1]); const [host, uid] = d.stdout.trim().split("\n");
    process.exit(d.exitCode === 0 && host === process.argv[2] && uid !== "0" ? 0 : 1)' "$details" "$(docker inspect -f '{{.Config.Hostname}}' "$S")"
}
sandbox_exec_writes() { # PATH: succeeds only if the write through sandbox_exec succeeded
  local details
  details="$(gateway_tool sandbox_exec "{\"language\":\"bash\",\"code\":\"echo x > $1\"}")" || return 1
  echo "$details"
  node -e 'process.exit(JSON.parse(process.argv[1]).exitCode === 0 ? 0 : 1)' "$details"
}
check "sandbox_exec through the gateway (/tools/invoke) runs in the sandbox container, unprivileged" sandbox_exec_reaches
refused "sandbox_exec through the gateway writes _governance" sandbox_exec_writes /workspace/_governance/attack.md
gateway_log_clean() { ! grep -iE 'config (is )?invalid|plugin.*(failed|error)|missing gateway.mode|\$\{[A-Z_]+\}' /tmp/buddy-stack-gateway.log; }
check "gateway log free of config and plugin errors" gateway_log_clean

# 4. Isolation, attacked from inside the containers.
probe() { # CONTAINER HOST PORT: succeeds when a TCP connection opens
  docker exec "$1" node -e "const s=require('net').connect({host:'$2',port:$3,timeout:3000});s.on('connect',()=>{console.log('connected');process.exit(0)});s.on('timeout',()=>{console.log('timeout');process.exit(1)});s.on('error',(e)=>{console.log(e.code);process.exit(1)})"
}
for target in socket-proxy:2375 redis:6379 postgres:5432; do
  refused "gateway -> ${target}" probe "$G" "${target%%:*}" "${target##*:}"
  refused "sandbox -> ${target}" probe "$S" "${target%%:*}" "${target##*:}"
done
refused "sandbox -> dashboard:5050" probe "$S" dashboard 5050
refused "worker -> socket-proxy:2375" probe "$W" socket-proxy 2375
refused "worker has a Docker engine socket" docker exec "$W" sh -c 'ls -l /var/run/docker.sock /run/docker.sock'
check "gateway -> sandbox (buddy-sandbox:9500) allowed" probe "$G" buddy-sandbox 9500
check "gateway -> dashboard:5050 allowed (the plugins' API calls)" probe "$G" dashboard 5050
proxy_call() { # METHOD PATH: prints the HTTP status the dashboard gets from the proxy
  docker exec "$D" node -e "fetch('http://socket-proxy:2375$2',{method:'$1',headers:{'content-type':'application/json'},body:'$1'==='POST'?JSON.stringify({Image:'buddy-ct-base:local',HostConfig:{Privileged:true,Binds:['/:/host']}}):undefined}).then(r=>{console.log(r.status);process.exit(r.status<300?0:1)})"
}
refused "POST /containers/create through the proxy (privileged, / bound)" proxy_call POST /v1.41/containers/create
refused "POST /containers/<id>/exec through the proxy" proxy_call POST "/v1.41/containers/$S/exec"
refused "GET /info through the proxy" proxy_call GET /v1.41/info
check "GET /containers/json through the proxy (what the dashboard lists)" proxy_call GET /v1.41/containers/json
redis_noauth() { docker exec "$W" node -e "const s=require('net').connect(6379,'redis',()=>s.write('PING\r\n'));s.on('data',d=>{console.log(String(d).trim());process.exit(String(d).startsWith('+PONG')?0:1)})"; }
refused "Redis PING without the password" redis_noauth
for who in "$G" "$S"; do
  refused "$who writes _governance" docker exec -u 10002 "$who" sh -c 'echo x > /workspace/_governance/attack.md'
  refused "$who writes _archive" docker exec -u 10002 "$who" sh -c 'echo x > /workspace/_archive/attack.md'
done
check "gateway (uid 10002) writes _active" docker exec "$G" sh -c 'echo ok > /workspace/_active/agent-note.md'
check "the write lands in the host workspace" test -f "$BUDDY_HOST_WORKSPACE/_active/agent-note.md"

# 5. No secret value on persistent disk, in volumes, image layers or `docker inspect` environments.
mapfile -t values < <(cat "$BUDDY_SECRETS_DIR"/*/* | sort -u)
say "scanning for ${#values[@]} secret values"
needles="$(mktemp /dev/shm/buddy-needles.XXXXXX)"
printf '%s\n' "${values[@]}" >"$needles"
scan_repo() { ! git ls-files -co --exclude-standard -z | xargs -0 grep -lF -f "$needles" 2>/dev/null; }
check "no secret value in the repository tree" scan_repo
scan_volumes() { ! grep -rlF -f "$needles" /var/lib/docker/volumes/"${BUDDY_STACK_NAME}"_* 2>/dev/null; }
check "no secret value in the stack's Docker volumes" scan_volumes
scan_images() {
  for img in dashboard worker gateway redis postgres socket-proxy sandbox; do
    if docker save "buddy-$img:$BUDDY_STACK_TAG" | grep -aqF -f "$needles"; then echo "found in buddy-$img"; return 1; fi
  done
}
check "no secret value in any image's layers" scan_images
scan_inspect() { ! docker inspect $(docker ps -q --filter "label=com.docker.compose.project=$BUDDY_STACK_NAME") "$S" | grep -F -f "$needles"; }
check "no secret value in docker inspect (environment, labels, command)" scan_inspect
rm -f "$needles"

check "gateway lists every skill of skills/, each eligible (openclaw skills list in the container)" gateway_skills_loaded
sed 's/^/       /' /tmp/buddy-stack-check.log
check "agent turn through the gateway's /v1/chat/completions: the plugins block a write into _governance and an rm -rf _governance, allow a write into _active" \
  agent_turn_check
sed 's/^/       /' /tmp/buddy-stack-check.log

# 6. More workers on one Redis and PostgreSQL: both beat, and each scheduled slot runs once.
check "--scale worker=2: both workers beat, three heartbeat slots ran exactly three times" scale_check
sed 's/^/       /' /tmp/buddy-stack-check.log

# 7. Figures: memory of each container at idle.
docker stats --no-stream --format 'figures: {{.Name}} memory {{.MemUsage}}' $(docker ps -q --filter "label=com.docker.compose.project=$BUDDY_STACK_NAME") "$S" | while read -r line; do say "$line"; done
