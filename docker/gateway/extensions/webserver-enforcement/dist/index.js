// Built from docker/gateway/extensions/webserver-enforcement/src by npm run build:extensions. Do not edit.

// docker/gateway/plugin-lib/openclaw-types.ts
function block(blockReason) {
  return { block: true, blockReason };
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

// docker/gateway/extensions/webserver-enforcement/src/check-url.ts
import { isIP } from "node:net";

// docker/gateway/extensions/webserver-enforcement/src/ip-ranges.ts
import { isIPv4, isIPv6 } from "node:net";
function v4ToInt(ip) {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}
var V4_PRIVATE = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4]
];
function v4Private(ip) {
  const n = v4ToInt(ip);
  return V4_PRIVATE.some(
    ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToInt(base) / 2 ** (32 - bits))
  );
}
function v6Groups(ip) {
  let text = ip.toLowerCase().split("%")[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToInt(dotted[1]);
    text = text.replace(dotted[1], `${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`);
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, void 0];
  const left = head ? head.split(":") : [];
  const right = tail !== void 0 && tail !== "" ? tail.split(":") : [];
  const fill = tail === void 0 ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => Number.parseInt(g, 16));
}
function embeddedV4(g) {
  const hi = g[6];
  const lo = g[7];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
function isPrivateAddress(ip) {
  if (isIPv4(ip)) return v4Private(ip);
  if (!isIPv6(ip)) return false;
  const g = v6Groups(ip);
  const zeros = (n) => g.slice(0, n).every((x) => x === 0);
  if (zeros(8) || zeros(7) && g[7] === 1) return true;
  if (zeros(5) && g[5] === 65535) return v4Private(embeddedV4(g));
  if (zeros(6)) return v4Private(embeddedV4(g));
  if (g[0] === 100 && g[1] === 65435) return v4Private(embeddedV4(g));
  if (g[0] === 8194)
    return v4Private(
      `${g[1] >> 8}.${g[1] & 255}.${g[2] >> 8}.${g[2] & 255}`
    );
  const first = g[0];
  return (first & 65024) === 64512 || (first & 65472) === 65152 || (first & 65280) === 65280;
}

// docker/gateway/extensions/webserver-enforcement/src/check-url.ts
var INTERNAL_SUFFIXES = [".localhost", ".local", ".internal", ".lan", ".home.arpa", ".intranet", ".corp"];
function matches(host, pattern) {
  const p = pattern.toLowerCase();
  return p.startsWith("*.") ? host === p.slice(2) || host.endsWith(p.slice(1)) : host === p;
}
function urlBlockReason(raw, config) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw.slice(0, 200)}" is not a valid absolute URL`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `${url.protocol} URLs are not allowed; use http or https`;
  const host = url.hostname.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const internallyAllowed = config.internalAllow.some((entry) => entry.toLowerCase() === `${host}:${port}`);
  if (config.denyHosts.some((p) => matches(host, p))) return `${host} is on the deny list`;
  const literal = isIP(host) !== 0;
  const privateHost = literal ? isPrivateAddress(host) : host === "localhost" || !host.includes(".") || INTERNAL_SUFFIXES.some((s) => host.endsWith(s));
  if (privateHost) {
    return internallyAllowed ? null : `${host}${literal ? ` (${raw.slice(0, 80)})` : ""} is on a private network; only Buddy and the sandbox are reachable`;
  }
  if (config.allowHosts.length > 0 && !config.allowHosts.some((p) => matches(host, p)))
    return `${host} is not on the allow list`;
  return null;
}
function urlsIn(toolName, params) {
  const keys = toolName === "browser" ? ["url", "targetUrl", "href"] : ["url"];
  return keys.map((k) => params[k]).filter((v) => typeof v === "string" && v !== "");
}

// docker/gateway/extensions/webserver-enforcement/src/listener-rules.ts
var SERVERS = /* @__PURE__ */ new Set([
  "http-server",
  "serve",
  "live-server",
  "httpd",
  "nginx",
  "caddy",
  "apache2",
  "lighttpd",
  "uvicorn",
  "gunicorn",
  "hypercorn",
  "daphne",
  "waitress-serve",
  "streamlit",
  "gradio",
  "ngrok",
  "cloudflared",
  "localtunnel",
  "lt",
  "sshd",
  "vite",
  "webpack-dev-server"
]);
var PY_MODULES = /^(http\.server|SimpleHTTPServer|uvicorn|gunicorn|flask|streamlit|jupyter|notebook|jupyterlab|pydoc|smtpd|aiohttp\.web|twisted)$/;
function listenerReason(command) {
  const { name, argv } = command;
  const args = argv.slice(1);
  const code = args.join(" ");
  if (SERVERS.has(name)) return `${name} starts a server`;
  if (["npx", "pnpx", "bunx"].includes(name) && args.find((a) => !a.startsWith("-")) && SERVERS.has(args.find((a) => !a.startsWith("-")))) {
    return `${name} ${args.find((a) => !a.startsWith("-"))} starts a server`;
  }
  if (/^python[0-9.]*$/.test(name)) {
    const at = args.indexOf("-m");
    if (at >= 0 && PY_MODULES.test(args[at + 1] ?? "")) return `python -m ${args[at + 1]} starts a server`;
    if (/serve_forever|\.listen\(|\.bind\(\s*\(|app\.run\(|HTTPServer\(/.test(code))
      return "python code that listens on a port";
  }
  if (["node", "deno", "bun"].includes(name) && /\.listen\(|createServer|Deno\.serve|Bun\.serve/.test(code))
    return `${name} code that listens on a port`;
  if (name === "php" && args.includes("-S")) return "php -S starts a server";
  if (name === "ruby" && /-run|httpd|WEBrick/.test(code)) return "ruby httpd starts a server";
  if (["nc", "ncat", "netcat"].includes(name) && args.some((a) => /^-[a-zA-Z]*l/.test(a) || a === "--listen"))
    return `${name} -l listens on a port`;
  if (name === "socat" && /LISTEN/i.test(code)) return "socat LISTEN opens a port";
  if (name === "ssh" && args.some((a) => /^-[a-zA-Z]*[LRD]/.test(a))) return "ssh port forwarding opens a port";
  if (name === "flask" && args[0] === "run") return "flask run starts a server";
  if (name === "jupyter" && ["notebook", "lab", "server"].includes(args[0] ?? ""))
    return `jupyter ${args[0]} starts a server`;
  if (name === "next" && ["dev", "start"].includes(args[0] ?? "")) return `next ${args[0]} starts a server`;
  if (["npm", "pnpm", "yarn", "bun"].includes(name) && (["start", "dev", "serve", "preview"].includes(args[0] ?? "") || args[0] === "run" && ["start", "dev", "serve", "preview"].includes(args[1] ?? ""))) {
    return `${name} ${args.join(" ")} starts a dev server`;
  }
  if (name === "busybox" && args[0] === "httpd") return "busybox httpd starts a server";
  if (name === "docker" && args[0] === "run" && args.some((a) => a === "-p" || a.startsWith("--publish") || a === "-P"))
    return "docker run -p publishes a port";
  return null;
}

// docker/gateway/extensions/webserver-enforcement/src/index.ts
var strings = (v, fallback) => Array.isArray(v) && v.every((x) => typeof x === "string") ? v : fallback;
var plugin = {
  id: "webserver-enforcement",
  name: "Web access enforcement",
  description: "Host allow/deny lists for web_fetch and browser, private networks blocked, no listening servers in the gateway.",
  register(api) {
    const raw = api.pluginConfig ?? {};
    const web = {
      allowHosts: strings(raw.allowHosts, []),
      denyHosts: strings(raw.denyHosts, []),
      internalAllow: strings(raw.internalAllow, ["dashboard:5050", "sandbox:9500"])
    };
    const urlTools = strings(raw.urlTools, ["web_fetch", "browser"]);
    const shellTools = strings(raw.shellTools, ["exec", "bash", "process"]);
    const statusPath = typeof raw.statusPath === "string" ? raw.statusPath : "/plugins/webserver-enforcement/status";
    const counts = { checked: 0, blocked: 0 };
    const recent = [];
    const decide = (tool, target, reason) => {
      counts.checked++;
      if (reason) counts.blocked++;
      recent.unshift({
        at: (/* @__PURE__ */ new Date()).toISOString(),
        tool,
        target: target.slice(0, 200),
        blocked: Boolean(reason),
        reason
      });
      recent.length = Math.min(recent.length, 50);
      return reason ? block(`Blocked by Buddy web policy: ${reason}.`) : void 0;
    };
    api.on(
      "before_tool_call",
      (event) => {
        const params = event.params ?? {};
        if (urlTools.includes(event.toolName)) {
          for (const url of urlsIn(event.toolName, params)) {
            const reason = urlBlockReason(url, web);
            if (reason) return decide(event.toolName, url, reason);
          }
          return urlsIn(event.toolName, params).length ? decide(event.toolName, urlsIn(event.toolName, params).join(" "), null) : void 0;
        }
        if (shellTools.includes(event.toolName)) {
          const script = [params.command, params.cmd, params.data].find((v) => typeof v === "string");
          if (!script) return void 0;
          try {
            for (const command of expandCommands(script)) {
              const why = listenerReason(command);
              if (why) return decide(event.toolName, script, `${why}; servers run only inside the sandbox`);
            }
          } catch (error) {
            if (error instanceof ShellParseError)
              return decide(event.toolName, script, `could not read the command safely: ${error.message}`);
            throw error;
          }
        }
        return void 0;
      },
      { priority: 800 }
    );
    api.registerHttpRoute({
      path: statusPath,
      auth: "gateway",
      match: "exact",
      handler: (_req, res) => {
        res.statusCode = 200;
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.setHeader("cache-control", "no-store");
        res.end(
          JSON.stringify({ plugin: "webserver-enforcement", policy: { ...web, urlTools, shellTools }, counts, recent })
        );
        return true;
      }
    });
  }
};
var index_default = plugin;
export {
  index_default as default
};
