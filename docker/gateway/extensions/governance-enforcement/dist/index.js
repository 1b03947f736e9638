// Built from docker/gateway/extensions/governance-enforcement/src by npm run build:extensions. Do not edit.

// docker/gateway/plugin-lib/openclaw-types.ts
function block(blockReason) {
  return { block: true, blockReason };
}
function textResult(value, isError = false) {
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return {
    content: [{ type: "text", text }],
    details: typeof value === "object" && value ? value : void 0,
    isError
  };
}

// docker/gateway/extensions/governance-enforcement/src/command-rules.ts
var DELETERS = /* @__PURE__ */ new Set(["rm", "rmdir", "unlink", "shred", "srm", "wipe", "trash", "trash-put", "gio"]);
var HISTORY = /* @__PURE__ */ new Set(["rebase", "filter-branch", "filter-repo", "update-ref", "replace", "reflog"]);
var GIT_OPTS_WITH_ARG = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path"]);
var APPROVE_ENDPOINT = /\/api\/[^\s'"]*\/(approve|promote)\b|\/api\/staging\/bulk\b/i;
function gitSubcommand(argv) {
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k];
    if (GIT_OPTS_WITH_ARG.has(a)) k++;
    else if (!a.startsWith("-")) return { sub: a, args: argv.slice(k + 1) };
  }
  return null;
}
function gitReason(argv) {
  const git = gitSubcommand(argv);
  if (!git) return null;
  const { sub, args } = git;
  const has = (...flags) => args.some((a) => flags.includes(a) || flags.some((f) => f.startsWith("--") && a.startsWith(`${f}=`)));
  if (sub === "push") return "git push: agents never push; the owner pushes after review";
  if (sub === "rm" || sub === "clean") return `git ${sub} deletes files`;
  if (HISTORY.has(sub)) return `git ${sub} rewrites history`;
  if (sub === "commit" && has("--amend", "--fixup", "--squash")) return "git commit --amend rewrites history";
  if (sub === "reset" && (has("--hard", "--soft", "--mixed", "--keep", "--merge") || args.some((a) => /^(HEAD[~^@]|[0-9a-f]{7,40}$|origin\/)/.test(a)))) {
    return "git reset to another commit rewrites history";
  }
  if (sub === "branch" && args.some((a) => /^-[a-zA-Z]*[DdfM]/.test(a) || a === "--delete" || a === "--force"))
    return "git branch -D/-f deletes or moves history";
  if (sub === "tag" && args.some((a) => /^-[a-zA-Z]*[df]/.test(a) || a === "--delete" || a === "--force"))
    return "git tag -d/-f deletes or moves a tag";
  if (sub === "checkout" && has("--orphan")) return "git checkout --orphan starts a new history";
  if (sub === "stash" && ["drop", "clear"].includes(args[0] ?? "")) return "git stash drop/clear deletes work";
  if (sub === "gc" && args.some((a) => a.startsWith("--prune"))) return "git gc --prune deletes objects";
  return null;
}
function forbiddenReason(command) {
  const { name, argv } = command;
  if (name.startsWith("$")) return `the command name "${name}" is a variable; run a literal command`;
  if (DELETERS.has(name))
    return name === "gio" && argv[1] !== "trash" && argv[1] !== "remove" ? null : `${name} deletes files`;
  if (name === "find" && argv.includes("-delete")) return "find -delete deletes files";
  if (name === "rsync" && argv.some((a) => a.startsWith("--delete") || a === "--remove-source-files"))
    return "rsync --delete deletes files";
  if ((name === "mv" || name === "cp") && argv.at(-1) === "/dev/null")
    return `${name} onto /dev/null destroys the file`;
  if (name === "truncate" || name === "dd" && argv.some((a) => a.startsWith("of=")) && argv.includes("if=/dev/zero"))
    return `${name} destroys file contents`;
  if (name === "git" || name === "hub" || name === "gh") {
    if (name === "gh" && ["repo", "release"].includes(argv[1] ?? "") && argv[2] === "delete")
      return `gh ${argv[1]} delete deletes remotely`;
    return name === "git" ? gitReason(argv) : null;
  }
  if (["python", "python3", "node", "perl", "ruby", "php"].includes(name)) {
    const code = argv.slice(1).join(" ");
    if (/\b(shutil\.rmtree|os\.(remove|unlink|rmdir|removedirs)|unlinkSync|rmSync|rmdirSync|fs\.(rm|unlink|rmdir)\b|File\.delete|\bunlink\s*\()/.test(
      code
    )) {
      return `${name} code that deletes files`;
    }
  }
  return null;
}
var DEST_LAST = /* @__PURE__ */ new Set(["cp", "mv", "install", "ln", "rsync", "scp"]);
var ALL_OPERANDS = /* @__PURE__ */ new Set(["touch", "mkdir", "tee", "truncate"]);
function writeTargets(command) {
  const targets = command.redirects.filter((r) => r !== "/dev/null" && !/^\/dev\/(stdout|stderr|fd\/\d)$/.test(r));
  const operands = command.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (DEST_LAST.has(command.name) && operands.length >= 2) targets.push(operands.at(-1));
  if (ALL_OPERANDS.has(command.name)) targets.push(...operands);
  if (command.name === "sed" && command.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place")))
    targets.push(...operands.slice(1));
  if (command.name === "dd") targets.push(...command.argv.filter((a) => a.startsWith("of=")).map((a) => a.slice(3)));
  if (command.name === "chmod" || command.name === "chown") targets.push(...operands.slice(1));
  return targets;
}

// docker/gateway/extensions/governance-enforcement/src/buddy-api-tool.ts
var REFUSED = /^\/api\/(auth|setup|(governance\/)?grants|(governance\/)?secrets\/[^/]+\/(decrypt|value))\b/;
function buddyApiTool(config, fetchImpl = fetch) {
  return {
    name: "buddy_api",
    label: "Buddy API",
    description: "Call Buddy's JSON API (GET or POST under /api/) with the agent's grant. Approve endpoints are refused.",
    parameters: {
      type: "object",
      additionalProperties: false,
      required: ["method", "path"],
      properties: {
        method: { type: "string", enum: ["GET", "POST"] },
        path: { type: "string", description: "Path under /api/, with an optional query string" },
        body: { type: "object", description: "JSON body for POST" }
      }
    },
    async execute(_toolCallId, params) {
      const method = params.method === "POST" ? "POST" : params.method === "GET" ? "GET" : null;
      const path3 = typeof params.path === "string" ? params.path : "";
      if (!method) return textResult("method must be GET or POST", true);
      if (!path3.startsWith("/api/") || path3.includes("..") || path3.includes("//"))
        return textResult("path must be a relative path under /api/", true);
      if (APPROVE_ENDPOINT.test(path3))
        return textResult("approve endpoints are owner-only: approving staged work is the owner's decision", true);
      if (REFUSED.test(path3)) return textResult(`${path3} is not available to agents`, true);
      if (/[?&](access_token|token)=/.test(path3)) return textResult("never put tokens in a URL", true);
      if (!config.buddyToken)
        return textResult('buddy_api is not configured: plugin config "buddyToken" is empty', true);
      try {
        const response = await fetchImpl(`${config.buddyUrl}${path3}`, {
          method,
          headers: {
            authorization: `Bearer ${config.buddyToken}`,
            accept: "application/json",
            ...method === "POST" ? { "content-type": "application/json" } : {}
          },
          body: method === "POST" ? JSON.stringify(params.body ?? {}) : void 0,
          signal: AbortSignal.timeout(3e4)
        });
        const text = await response.text();
        let data = text;
        try {
          data = JSON.parse(text);
        } catch {
        }
        return textResult({ status: response.status, data }, !response.ok);
      } catch (error) {
        return textResult(`Buddy did not answer: ${error instanceof Error ? error.message : String(error)}`, true);
      }
    }
  };
}

// docker/gateway/extensions/governance-enforcement/src/config.ts
import path from "node:path";
var DEFAULTS = {
  blockedDirs: ["_governance", "_archive"],
  approvalDirs: ["_foundation"],
  // A skill or plugin written into the workspace would shadow Buddy's reviewed ones.
  skillDirs: ["skills", ".agents/skills", ".openclaw/skills", ".openclaw/extensions", "extensions"],
  writeTools: ["write", "edit", "apply_patch"],
  shellTools: ["exec", "bash", "process"],
  buddyUrl: "http://dashboard:5050"
};
function strings(value, fallback) {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : fallback;
}
function readConfig(raw) {
  const workspaceDir = raw?.workspaceDir;
  if (typeof workspaceDir !== "string" || !path.isAbsolute(workspaceDir)) {
    throw new Error('plugin config "workspaceDir" must be an absolute path');
  }
  const clean = (dirs) => dirs.map((d) => d.replace(/^\.?\/+|\/+$/g, ""));
  return {
    workspaceDir: path.resolve(workspaceDir),
    blockedDirs: clean(strings(raw?.blockedDirs, DEFAULTS.blockedDirs)),
    approvalDirs: clean(strings(raw?.approvalDirs, DEFAULTS.approvalDirs)),
    skillDirs: clean(strings(raw?.skillDirs, DEFAULTS.skillDirs)),
    writeTools: strings(raw?.writeTools, DEFAULTS.writeTools),
    shellTools: strings(raw?.shellTools, DEFAULTS.shellTools),
    buddyUrl: typeof raw?.buddyUrl === "string" ? raw.buddyUrl.replace(/\/+$/, "") : DEFAULTS.buddyUrl,
    buddyToken: typeof raw?.buddyToken === "string" ? raw.buddyToken : ""
  };
}

// docker/gateway/plugin-lib/shell-parse.ts
var ShellParseError = class extends Error {
};
var SEPARATORS = /* @__PURE__ */ new Set([";", "&", "|", "(", ")", "\n"]);
function readSubstitution(src, start, open, close) {
  let depth = 1;
  let i = start;
  let quote = null;
  while (i < src.length) {
    const c = src[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i++;
    else if (c === open && open !== close) depth++;
    else if (c === close && --depth === 0) return [src.slice(start, i), i + 1];
    i++;
  }
  throw new ShellParseError(`unterminated ${open === close ? "`" : `$${open}`} substitution`);
}
function parseShell(script, depth = 0) {
  if (depth > 8) throw new ShellParseError("command nests shells too deeply");
  const commands = [];
  const nested = [];
  let argv = [];
  let redirects = [];
  let word = "";
  let inWord = false;
  let redirectNext = false;
  let dropNext = false;
  const endWord = () => {
    if (!inWord) return;
    if (dropNext) dropNext = false;
    else if (redirectNext) redirects.push(word);
    else argv.push(word);
    word = "";
    inWord = false;
    redirectNext = false;
  };
  const endCommand = () => {
    endWord();
    if (redirectNext) throw new ShellParseError("redirection without a target");
    if (argv.length || redirects.length) commands.push({ argv, redirects });
    argv = [];
    redirects = [];
  };
  const src = script.replace(/\\\n/g, "");
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end === -1) throw new ShellParseError("unterminated single quote");
      word += src.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === "\\" && i + 1 < src.length) {
          word += src[i + 1];
          i += 2;
        } else if (src[i] === "$" && src[i + 1] === "(") {
          const [inner, next] = readSubstitution(src, i + 2, "(", ")");
          nested.push(...parseShell(inner, depth + 1));
          word += "$(\u2026)";
          i = next;
        } else if (src[i] === "`") {
          const [inner, next] = readSubstitution(src, i + 1, "`", "`");
          nested.push(...parseShell(inner, depth + 1));
          word += "$(\u2026)";
          i = next;
        } else word += src[i++];
      }
      if (i >= src.length) throw new ShellParseError("unterminated double quote");
      i++;
    } else if (c === "\\") {
      word += src[i + 1] ?? "";
      inWord = true;
      i += 2;
    } else if ((c === "$" || c === "<" || c === ">") && src[i + 1] === "(") {
      const [inner, next] = readSubstitution(src, i + 2, "(", ")");
      nested.push(...parseShell(inner, depth + 1));
      word += "$(\u2026)";
      inWord = true;
      i = next;
    } else if (c === "`") {
      const [inner, next] = readSubstitution(src, i + 1, "`", "`");
      nested.push(...parseShell(inner, depth + 1));
      word += "$(\u2026)";
      inWord = true;
      i = next;
    } else if (c === "#" && !inWord) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === ">" || c === "<") {
      if (/^\d+$/.test(word) || word === "&") {
        word = "";
        inWord = false;
      }
      endWord();
      let j = i + 1;
      while (src[j] === ">" || src[j] === "<" || src[j] === "|" || src[j] === "&") j++;
      const op = src.slice(i, j);
      if (op.includes("&") && /^\d|^-/.test(src.slice(j))) {
        while (j < src.length && /[\d-]/.test(src[j])) j++;
      } else if (op === "<" || op === "<<" || op === "<<<" || op === "<<-") dropNext = true;
      else redirectNext = true;
      i = j;
    } else if (c === " " || c === "	") {
      endWord();
      i++;
    } else if (SEPARATORS.has(c)) {
      endCommand();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endCommand();
  return [...commands, ...nested];
}
function baseName(word) {
  return word.slice(word.lastIndexOf("/") + 1);
}

// docker/gateway/plugin-lib/shell-unwrap.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "zsh", "ksh", "ash", "mksh", "fish"]);
var WRAPPERS = {
  sudo: /* @__PURE__ */ new Set(["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U"]),
  doas: /* @__PURE__ */ new Set(["-u", "-C"]),
  env: /* @__PURE__ */ new Set(["-u", "-C", "--unset", "--chdir", "-S", "--split-string"]),
  nohup: /* @__PURE__ */ new Set(),
  time: /* @__PURE__ */ new Set(["-f", "-o"]),
  nice: /* @__PURE__ */ new Set(["-n", "--adjustment"]),
  ionice: /* @__PURE__ */ new Set(["-c", "-n", "-p"]),
  timeout: /* @__PURE__ */ new Set(["-s", "--signal", "-k", "--kill-after"]),
  stdbuf: /* @__PURE__ */ new Set(["-i", "-o", "-e"]),
  exec: /* @__PURE__ */ new Set(["-a"]),
  command: /* @__PURE__ */ new Set(),
  builtin: /* @__PURE__ */ new Set(),
  xargs: /* @__PURE__ */ new Set([
    "-I",
    "-i",
    "-n",
    "-P",
    "-L",
    "-l",
    "-d",
    "-E",
    "-e",
    "-s",
    "-a",
    "--max-args",
    "--max-procs",
    "--delimiter",
    "--replace",
    "--arg-file"
  ]),
  busybox: /* @__PURE__ */ new Set(),
  watch: /* @__PURE__ */ new Set(["-n", "--interval", "-d"]),
  setsid: /* @__PURE__ */ new Set(),
  chronic: /* @__PURE__ */ new Set(),
  unbuffer: /* @__PURE__ */ new Set(),
  flock: /* @__PURE__ */ new Set(["-w", "-E"]),
  chroot: /* @__PURE__ */ new Set(),
  su: /* @__PURE__ */ new Set(["-c", "-s", "-g"]),
  strace: /* @__PURE__ */ new Set(["-e", "-o", "-p", "-s"]),
  ltrace: /* @__PURE__ */ new Set(["-e", "-o"])
};
var SKIP_FIRST_OPERAND = /* @__PURE__ */ new Set(["timeout", "flock", "chroot"]);
var KEYWORDS = /* @__PURE__ */ new Set(["{", "}", "!", "if", "then", "else", "elif", "fi", "do", "done", "while", "until"]);
function isAssignment(word) {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}
function unwrapOnce(argv) {
  const name = baseName(argv[0] ?? "");
  if (SHELLS.has(name)) {
    for (let k2 = 1; k2 < argv.length; k2++) {
      const a = argv[k2];
      if (a === "-c" || /^-[a-zA-Z]+$/.test(a) && a.includes("c")) {
        const script = argv[k2 + 1];
        if (script === void 0) throw new ShellParseError(`${name} -c without a script`);
        return { script };
      }
      if (!a.startsWith("-")) return { argv: argv.slice(k2) };
    }
    return null;
  }
  if (name === "eval") return { script: argv.slice(1).join(" ") };
  if (name === "su") {
    const at = argv.indexOf("-c");
    return at > 0 && argv[at + 1] ? { script: argv[at + 1] } : null;
  }
  const withArg = WRAPPERS[name];
  if (!withArg) return null;
  let k = 1;
  if (name === "env") {
    for (; k < argv.length; k++) {
      const a = argv[k];
      if (a === "-S" || a === "--split-string") return { script: argv.slice(k + 1).join(" ") };
      if (withArg.has(a)) k++;
      else if (!a.startsWith("-") && !isAssignment(a)) break;
    }
  } else {
    for (; k < argv.length; k++) {
      const a = argv[k];
      if (a === "--") {
        k++;
        break;
      }
      if (!a.startsWith("-")) break;
      if (withArg.has(a)) k++;
    }
    if (SKIP_FIRST_OPERAND.has(name)) k++;
  }
  return { argv: argv.slice(k) };
}
function findExecs(argv) {
  const out = [];
  for (let k = 0; k < argv.length; k++) {
    if (!["-exec", "-execdir", "-ok", "-okdir"].includes(argv[k])) continue;
    const end = argv.findIndex((a, j) => j > k && (a === ";" || a === "+"));
    out.push(argv.slice(k + 1, end === -1 ? void 0 : end));
  }
  return out;
}
function expandCommands(script, depth = 0) {
  if (depth > 8) throw new ShellParseError("command nests wrappers too deeply");
  const out = [];
  for (const command of parseShell(script)) {
    let argv = command.argv.filter((_, k) => k > 0 || !isAssignment(command.argv[0]));
    while (argv.length && (isAssignment(argv[0]) || KEYWORDS.has(argv[0]))) argv = argv.slice(1);
    const via = [];
    for (let guard = 0; guard < 16 && argv.length; guard++) {
      const inner = unwrapOnce(argv);
      if (!inner) break;
      via.push(baseName(argv[0]));
      if (inner.script !== void 0) {
        for (const c of expandCommands(inner.script, depth + 1)) out.push({ ...c, via: [...via, ...c.via] });
        argv = [];
        break;
      }
      argv = inner.argv ?? [];
      while (argv.length && isAssignment(argv[0])) argv = argv.slice(1);
    }
    if (argv.length === 0 && command.redirects.length === 0) continue;
    out.push({ argv, redirects: command.redirects, name: baseName(argv[0] ?? ""), via });
    for (const exec of findExecs(argv)) {
      if (exec.length)
        out.push({ argv: exec, redirects: [], name: baseName(exec[0]), via: [...via, "find -exec"] });
    }
  }
  return out;
}

// docker/gateway/extensions/governance-enforcement/src/patch-paths.ts
function patchTargets(input) {
  const writes = [];
  const deletes = [];
  for (const line of input.replace(/\r\n/g, "\n").split("\n")) {
    const envelope = /^\*\*\* (Add File|Update File|Delete File|Move to): (.+)$/.exec(line);
    if (envelope) {
      const target = envelope[2].trim();
      (envelope[1] === "Delete File" ? deletes : writes).push(target);
      continue;
    }
    const diff = /^(?:\+\+\+|---) (.+?)(?:\t.*)?$/.exec(line);
    if (diff) {
      const target = diff[1].trim();
      if (target !== "/dev/null") writes.push(target.replace(/^[ab]\//, ""));
    }
  }
  return { writes: [...new Set(writes)], deletes: [...new Set(deletes)] };
}

// docker/gateway/extensions/governance-enforcement/src/path-rules.ts
import { realpathSync } from "node:fs";
import path2 from "node:path";
function realpathOfExisting(target) {
  let existing = target;
  const rest = [];
  while (existing !== path2.dirname(existing)) {
    try {
      return path2.join(realpathSync(existing), ...rest.reverse());
    } catch {
      rest.push(path2.basename(existing));
      existing = path2.dirname(existing);
    }
  }
  return target;
}
function inside(rel, dir) {
  return rel === dir || rel.startsWith(`${dir}/`);
}
function checkWritePath(raw, config, cwd = config.workspaceDir) {
  if (raw.includes("\0")) return { kind: "block", reason: "path contains a NUL byte" };
  if (/^~/.test(raw)) return { kind: "block", reason: `"${raw}" is in a home directory, outside the workspace` };
  if (/\$|\$\(…\)/.test(raw))
    return { kind: "block", reason: `"${raw}" depends on a variable or substitution; write to a literal path` };
  const root = realpathOfExisting(config.workspaceDir);
  const target = realpathOfExisting(path2.resolve(cwd, raw));
  const rel = path2.relative(root, target).split(path2.sep).join("/");
  if (rel === ".." || rel.startsWith("../") || path2.isAbsolute(rel)) {
    return { kind: "block", reason: `"${raw}" resolves to ${target}, outside the workspace ${root}` };
  }
  for (const dir of config.blockedDirs) {
    if (inside(rel, dir)) return { kind: "block", reason: `"${raw}" is inside ${dir}/, which agents may never write` };
  }
  for (const dir of config.skillDirs) {
    if (inside(rel, dir)) {
      return {
        kind: "block",
        reason: `"${raw}" is inside ${dir}/: a skill or extension written there would shadow Buddy's reviewed ones`
      };
    }
  }
  for (const dir of config.approvalDirs) {
    if (inside(rel, dir))
      return { kind: "approve", reason: `"${raw}" is inside ${dir}/, which needs the owner's approval` };
  }
  return { kind: "allow" };
}

// docker/gateway/extensions/governance-enforcement/src/evaluate-call.ts
function worst(verdicts) {
  const blocked = verdicts.find((v) => v.kind === "block");
  if (blocked) return blocked;
  return verdicts.find((v) => v.kind === "approve") ?? { kind: "allow" };
}
function checkShell(script, config, workdir) {
  if (APPROVE_ENDPOINT.test(script))
    return { kind: "block", reason: "calls a Buddy approve endpoint: approving staged work is the owner's decision" };
  let cwd = workdir ? checkCwd(workdir, config) : config.workspaceDir;
  const verdicts = [];
  for (const command of expandCommands(script)) {
    const why = forbiddenReason(command);
    if (why)
      return { kind: "block", reason: command.via.length ? `${why} (hidden behind ${command.via.join(" \u2192 ")})` : why };
    if (command.name === "cd" && command.argv[1] && !command.argv[1].includes("$"))
      cwd = checkCwd(command.argv[1], config, cwd);
    for (const target of writeTargets(command)) verdicts.push(checkWritePath(target, config, cwd));
  }
  return worst(verdicts);
}
function checkCwd(dir, config, from = config.workspaceDir) {
  return dir.startsWith("/") ? dir : `${from}/${dir}`;
}
function evaluateCall(toolName, params, config) {
  if (config.writeTools.includes(toolName)) {
    if (toolName === "apply_patch") {
      const input = params.input ?? params.patch;
      if (typeof input !== "string") throw new Error('apply_patch needs a string "input"');
      const { writes, deletes } = patchTargets(input);
      if (deletes.length)
        return { kind: "block", reason: `the patch deletes ${deletes.join(", ")}; agents never delete files` };
      if (writes.length === 0) throw new Error("found no file path in the patch");
      return worst(writes.map((p) => checkWritePath(p, config)));
    }
    const target = params.path ?? params.file_path;
    if (typeof target !== "string" || target === "") throw new Error(`${toolName} needs a string "path"`);
    return worst([checkWritePath(target, config)]);
  }
  if (config.shellTools.includes(toolName)) {
    const scripts = ["command", "cmd", "script", "data", "input"].map((k) => params[k]).filter((v) => typeof v === "string");
    if (toolName !== "process" && scripts.length === 0) throw new Error(`${toolName} needs a string "command"`);
    const workdir = typeof params.workdir === "string" ? params.workdir : void 0;
    if (workdir) {
      const verdict = checkWritePath(workdir, config);
      if (verdict.kind === "block") return verdict;
    }
    try {
      return worst(scripts.map((s) => checkShell(s, config, workdir)));
    } catch (error) {
      if (error instanceof ShellParseError)
        return { kind: "block", reason: `could not read the command safely: ${error.message}` };
      throw error;
    }
  }
  return { kind: "allow" };
}

// docker/gateway/extensions/governance-enforcement/src/index.ts
var PLUGIN_ID = "governance-enforcement";
var plugin = {
  id: PLUGIN_ID,
  name: "Governance enforcement",
  description: "Blocks tool calls that break Buddy's workspace rules; fails closed.",
  register(api) {
    let config = null;
    let configError = "";
    try {
      config = readConfig(api.pluginConfig);
    } catch (error) {
      configError = error instanceof Error ? error.message : String(error);
      api.logger.error(`${PLUGIN_ID}: ${configError}; every guarded tool call will be blocked`);
    }
    api.on(
      "before_tool_call",
      (event, ctx) => {
        if (!config) return block(`${PLUGIN_ID} is misconfigured (${configError}); refusing ${event.toolName}`);
        try {
          const decision = evaluateCall(event.toolName, event.params ?? {}, config);
          if (decision.kind === "allow") return void 0;
          if (decision.kind === "block") {
            api.logger.warn(
              `${PLUGIN_ID}: blocked ${event.toolName} for ${ctx.agentId ?? "agent"}: ${decision.reason}`
            );
            return block(`Blocked by Buddy governance: ${decision.reason}.`);
          }
          return {
            requireApproval: {
              title: `Write into a protected layer (${event.toolName})`,
              description: decision.reason,
              severity: "warning",
              timeoutMs: 3e5,
              timeoutBehavior: "deny"
            }
          };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return block(`Blocked by Buddy governance (fails closed): ${message}.`);
        }
      },
      { priority: 1e3 }
    );
    if (config) api.registerTool(buddyApiTool(config));
  }
};
var index_default = plugin;
export {
  index_default as default
};
