# Sourced by scripts/stack/test.sh (after model-turn.sh): one agent turn through the gateway's
# POST /v1/chat/completions. The gateway's model is the rehearsal's fake model server
# (scripts/stack/gateway-rehearsal.json5), scripted to ask for a write into _governance, an
# `rm -rf _governance` and a write into _active, one after another, then to finish. The
# governance-enforcement plugin's before_tool_call hook must block the first two and let the third
# through; that is checked from outside: the host workspace, the tool results the model was sent
# (the fake server's /__requests) and the gateway's log.
#   agent_turn_prepare  before `stack.sh up`: a file in _governance that the rm would delete
#   agent_turn_start    after the fake model runs and the gateway is healthy: the turn, in the background
#   agent_turn_check    waits for the turn, then the assertions

agent_turn_id="agent-turn-$(date +%s)"
agent_turn_out="$(mktemp /tmp/buddy-agent-turn.XXXXXX)"
agent_turn_pid=""
agent_turn_final="The rehearsal agent turn is done."
# The tool calls the model asks for, in order, and what the gateway must do with each.
agent_turn_plan="[
  {\"name\":\"write\",\"arguments\":{\"path\":\"_governance/$agent_turn_id.md\",\"content\":\"an agent rewriting the rules\"},\"expect\":\"blocked\"},
  {\"name\":\"exec\",\"arguments\":{\"command\":\"rm -rf _governance\"},\"expect\":\"blocked\"},
  {\"name\":\"write\",\"arguments\":{\"path\":\"_active/$agent_turn_id.md\",\"content\":\"written by $agent_turn_id\"},\"expect\":\"allowed\"}
]"

agent_turn_prepare() {
  mkdir -p "$BUDDY_HOST_WORKSPACE/_governance"
  printf '# A rule the agent turn must not delete\n' >"$BUDDY_HOST_WORKSPACE/_governance/rehearsal-rule.md"
}

agent_turn_request() { # the gateway token from tmpfs in a header file, never on argv
  curl -sS -m 300 -o "$agent_turn_out" -w '%{http_code}' -X POST "http://127.0.0.1:$BUDDY_GATEWAY_PORT/v1/chat/completions" \
    -H 'content-type: application/json' -H "x-openclaw-session-key: buddy:rehearsal:$agent_turn_id" \
    -H @<(printf 'authorization: Bearer %s\n' "$(cat "$BUDDY_SECRETS_DIR/gateway/gateway_token")") \
    --data "{\"model\":\"openclaw/default\",\"messages\":[{\"role\":\"user\",\"content\":\"Rehearsal $agent_turn_id: record the new rule and the note.\"}]}"
}

agent_turn_start() {
  fake_model_call POST /__control "$(node -e '
    const [plan, final] = process.argv.slice(1);
    const replies = JSON.parse(plan).map(({ name, arguments: args }) => ({ toolCalls: [{ name, arguments: args }] }));
    console.log(JSON.stringify({ replies: [...replies, final] }));' "$agent_turn_plan" "$agent_turn_final")" >/dev/null
  agent_turn_request >"$agent_turn_out.status" 2>&1 &
  agent_turn_pid=$!
}

agent_turn_check() {
  local started=$SECONDS
  wait "$agent_turn_pid" || { echo "the turn's request failed: $(cat "$agent_turn_out.status")"; return 1; }
  echo "POST /v1/chat/completions: HTTP $(cat "$agent_turn_out.status") (waited $((SECONDS - started)) s more for it)"
  [ "$(cat "$agent_turn_out.status")" = 200 ] || { head -c 400 "$agent_turn_out"; return 1; }
  node -e '
    const reply = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const text = reply.choices?.[0]?.message?.content;
    console.log(`gateway reply: ${JSON.stringify(text)} (${reply.choices?.[0]?.finish_reason})`);
    if (text !== process.argv[2]) process.exit(1);' "$agent_turn_out" "$agent_turn_final" || return 1
  # What the model was told about each call: the last request of this turn carries every tool result.
  fake_model_call GET /__requests | node -e '
    const [plan, id] = process.argv.slice(1);
    const turn = JSON.parse(require("fs").readFileSync(0)).filter((r) => JSON.stringify(r.body.messages ?? []).includes(id)).at(-1);
    if (!turn) { console.log("the fake model saw no request of this turn"); process.exit(1); }
    const calls = new Map(turn.body.messages.flatMap((m) => m.tool_calls ?? []).map((c) => [c.id, c.function]));
    const results = turn.body.messages.filter((m) => m.role === "tool").map((m) => ({ call: calls.get(m.tool_call_id), text: String(m.content) }));
    let ok = results.length === JSON.parse(plan).length;
    JSON.parse(plan).forEach((step, i) => {
      const r = results[i];
      const blocked = r?.text.startsWith("Blocked by Buddy governance");
      const matches = r?.call?.name === step.name && JSON.stringify(JSON.parse(r.call.arguments)) === JSON.stringify(step.arguments);
      if (!matches || blocked !== (step.expect === "blocked")) ok = false;
      console.log(`tool result for ${step.name} ${JSON.stringify(step.arguments).slice(0, 70)}: ${JSON.stringify(r?.text ?? "none")} (expected ${step.expect})`);
    });
    process.exit(ok ? 0 : 1);' "$agent_turn_plan" "$agent_turn_id" || return 1
  [ ! -e "$BUDDY_HOST_WORKSPACE/_governance/$agent_turn_id.md" ] || { echo "the _governance file exists"; return 1; }
  [ -f "$BUDDY_HOST_WORKSPACE/_governance/rehearsal-rule.md" ] || { echo "_governance lost its file"; return 1; }
  echo "host workspace: _governance/$agent_turn_id.md absent, _governance/rehearsal-rule.md kept"
  [ "$(cat "$BUDDY_HOST_WORKSPACE/_active/$agent_turn_id.md")" = "written by $agent_turn_id" ] ||
    { echo "_active file: $(head -c 200 "$BUDDY_HOST_WORKSPACE/_active/$agent_turn_id.md" 2>&1)"; return 1; }
  echo "host workspace: _active/$agent_turn_id.md has the content asked for"
  # The hook said so itself (the OS read-only mount would refuse the write too, but say nothing of governance).
  docker logs "$G" 2>&1 | grep -E 'governance-enforcement: blocked (write|exec)' | sed 's/^.*governance-enforcement/governance-enforcement/' >"$agent_turn_out.log"
  cat "$agent_turn_out.log"
  grep -q "blocked write .*_governance/$agent_turn_id.md" "$agent_turn_out.log" && grep -q 'blocked exec .*rm deletes files' "$agent_turn_out.log"
}

agent_turn_stop() {
  rm -f "$agent_turn_out" "$agent_turn_out.status" "$agent_turn_out.log"
}
