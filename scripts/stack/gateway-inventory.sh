# Sourced by scripts/stack/test.sh: what the running gateway loaded, counted against the repository.
#   gateway_plugins_loaded LOG   every plugin of docker/gateway/extensions is named in the gateway's
#                                "http server listening (N plugins: ...)" start-up line
#   gateway_skills_list_start    starts the gateway's own CLI listing its skills, in the background
#                                (a minute under load): `openclaw skills list --json` in the container
#                                reads the same config, mounts and secrets; OpenClaw logs no skill list
#   gateway_skills_loaded        waits for it: every skill of skills/ is listed and eligible

gateway_plugins_loaded() {
  grep -o 'http server listening ([0-9]* plugins: [^;)]*' "$1" | tail -1 | node -e '
    const fs = require("fs");
    const line = fs.readFileSync(0, "utf8").trim();
    const loaded = (line.split("plugins: ")[1] ?? "").split(", ").filter(Boolean);
    const dir = "docker/gateway/extensions";
    const ours = fs.readdirSync(dir).filter((d) => fs.existsSync(`${dir}/${d}/openclaw.plugin.json`))
      .map((d) => JSON.parse(fs.readFileSync(`${dir}/${d}/openclaw.plugin.json`, "utf8")).id);
    const named = ours.filter((id) => loaded.includes(id));
    console.log(`gateway log: "${line}"`);
    console.log(`Buddy plugins named as loaded: ${named.length} of ${ours.length} (${named.join(", ")})`);
    process.exit(ours.length > 0 && named.length === ours.length ? 0 : 1);'
}

gateway_skills_out="$(mktemp /tmp/buddy-gateway-skills.XXXXXX)"
gateway_skills_pid=""

gateway_skills_list_start() {
  docker exec "$G" load-secrets openclaw skills list --json >"$gateway_skills_out" 2>"$gateway_skills_out.err" &
  gateway_skills_pid=$!
}

gateway_skills_loaded() {
  wait "$gateway_skills_pid" || { echo "openclaw skills list failed: $(tail -3 "$gateway_skills_out.err")"; return 1; }
  node -e '
    const fs = require("fs");
    const listed = JSON.parse(fs.readFileSync(0, "utf8")).skills;
    const ours = fs.readdirSync("skills").filter((d) => fs.existsSync(`skills/${d}/SKILL.md`)).sort();
    // skills.load.extraDirs (/opt/buddy/skills): only the skills of this repository come from there.
    const loaded = listed.filter((s) => s.source === "openclaw-extra");
    const names = loaded.map((s) => s.name).sort();
    const eligible = loaded.filter((s) => s.eligible && !s.disabled).length;
    console.log(`openclaw skills list: ${listed.length} skills, ${loaded.length} from /opt/buddy/skills, ${eligible} of them eligible; skills/ has ${ours.length}`);
    const missing = ours.filter((n) => !names.includes(n));
    const extra = names.filter((n) => !ours.includes(n));
    if (missing.length || extra.length) console.log(`missing: ${missing.join(", ") || "none"}; not in skills/: ${extra.join(", ") || "none"}`);
    process.exit(ours.length > 0 && !missing.length && !extra.length && eligible === ours.length ? 0 : 1);' <"$gateway_skills_out"
}

gateway_skills_stop() {
  rm -f "$gateway_skills_out" "$gateway_skills_out.err"
}
