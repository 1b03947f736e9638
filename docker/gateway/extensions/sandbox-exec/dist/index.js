// Built from docker/gateway/extensions/sandbox-exec/src by npm run build:extensions. Do not edit.

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

// docker/gateway/extensions/sandbox-exec/src/sandbox-client.ts
var int = (v, fallback) => typeof v === "number" && Number.isInteger(v) && v > 0 ? v : fallback;
function readConfig(raw) {
  const token = raw?.token;
  if (typeof token !== "string" || token === "")
    throw new Error('plugin config "token" (the sandbox API token) is required');
  return {
    baseUrl: (typeof raw?.baseUrl === "string" ? raw.baseUrl : "http://sandbox:9500").replace(/\/+$/, ""),
    token,
    defaultTimeoutMs: int(raw?.defaultTimeoutMs, 3e4),
    maxTimeoutMs: int(raw?.maxTimeoutMs, 12e4),
    maxCodeBytes: int(raw?.maxCodeBytes, 1024 * 1024),
    blockTools: Array.isArray(raw?.blockTools) ? raw.blockTools : ["exec", "bash", "process", "code_execution"]
  };
}
var SandboxError = class extends Error {
};
async function execInSandbox(config, request, fetchImpl = fetch) {
  let response;
  try {
    response = await fetchImpl(`${config.baseUrl}/v1/exec`, {
      method: "POST",
      headers: { authorization: `Bearer ${config.token}`, "content-type": "application/json" },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(request.timeoutMs + 5e3),
      // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
      redirect: "error"
    });
  } catch (error) {
    throw new SandboxError(
      `the sandbox at ${config.baseUrl} did not answer: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const text = await response.text();
  if (response.status === 429)
    throw new SandboxError("the sandbox is at its concurrency limit (429); retry in a few seconds");
  if (response.status === 401 || response.status === 403)
    throw new SandboxError(`the sandbox refused the token (${response.status})`);
  if (!response.ok) throw new SandboxError(`the sandbox answered ${response.status}: ${text.slice(0, 300)}`);
  const data = JSON.parse(text);
  if (typeof data.exitCode !== "number" || typeof data.stdout !== "string")
    throw new SandboxError("the sandbox answered with an unexpected shape");
  return {
    exitCode: data.exitCode,
    stdout: data.stdout,
    stderr: data.stderr ?? "",
    durationMs: data.durationMs ?? 0,
    timedOut: Boolean(data.timedOut),
    truncated: Boolean(data.truncated)
  };
}

// docker/gateway/extensions/sandbox-exec/src/index.ts
var LANGUAGES = ["python", "node", "bash"];
function parseRequest(params, config) {
  const { language, code, stdin, timeoutMs } = params;
  if (!LANGUAGES.includes(language)) return `language must be one of ${LANGUAGES.join(", ")}`;
  if (typeof code !== "string" || code.trim() === "") return "code must be a non-empty string";
  if (Buffer.byteLength(code) + (typeof stdin === "string" ? Buffer.byteLength(stdin) : 0) > config.maxCodeBytes) {
    return `code and stdin together must be at most ${config.maxCodeBytes} bytes`;
  }
  if (stdin !== void 0 && typeof stdin !== "string") return "stdin must be a string";
  if (timeoutMs !== void 0 && (typeof timeoutMs !== "number" || !Number.isInteger(timeoutMs) || timeoutMs < 1))
    return "timeoutMs must be a positive integer";
  return {
    language,
    code,
    ...typeof stdin === "string" ? { stdin } : {},
    timeoutMs: Math.min(timeoutMs ?? config.defaultTimeoutMs, config.maxTimeoutMs)
  };
}
var plugin = {
  id: "sandbox-exec",
  name: "Sandbox exec",
  description: "Runs code in Buddy's sandbox and blocks the gateway's own exec tools.",
  register(api) {
    let config = null;
    let problem = "";
    try {
      config = readConfig(api.pluginConfig);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      api.logger.error(`sandbox-exec: ${problem}`);
    }
    const blocked = config?.blockTools ?? ["exec", "bash", "process", "code_execution"];
    api.on(
      "before_tool_call",
      (event) => {
        if (!blocked.includes(event.toolName)) return void 0;
        return block(
          `${event.toolName} does not run in this gateway: use the sandbox_exec tool ({language: "python" | "node" | "bash", code, stdin?, timeoutMs?}), which runs the code in Buddy's isolated sandbox.`
        );
      },
      { priority: 900 }
    );
    api.registerTool({
      name: "sandbox_exec",
      label: "Run code in the sandbox",
      description: "Run Python 3.12, Node.js 22 or bash in Buddy's isolated sandbox (no network, fresh temporary directory). Returns exitCode, stdout, stderr, durationMs, timedOut, truncated.",
      parameters: {
        type: "object",
        additionalProperties: false,
        required: ["language", "code"],
        properties: {
          language: { type: "string", enum: [...LANGUAGES] },
          code: { type: "string", description: "The program to run" },
          stdin: { type: "string", description: "Text passed on standard input" },
          timeoutMs: { type: "integer", minimum: 1, description: "Wall-clock limit; capped by the plugin" }
        }
      },
      async execute(_toolCallId, params) {
        if (!config) return textResult(`sandbox_exec is not configured: ${problem}`, true);
        const request = parseRequest(params, config);
        if (typeof request === "string") return textResult(request, true);
        try {
          const result = await execInSandbox(config, request);
          return textResult(result, result.exitCode !== 0 || result.timedOut);
        } catch (error) {
          if (error instanceof SandboxError || error instanceof SyntaxError) return textResult(error.message, true);
          throw error;
        }
      }
    });
  }
};
var index_default = plugin;
export {
  index_default as default
};
