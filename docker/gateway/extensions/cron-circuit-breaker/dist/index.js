// Built from docker/gateway/extensions/cron-circuit-breaker/src by npm run build:extensions. Do not edit.

// docker/gateway/extensions/cron-circuit-breaker/src/remote.ts
async function setJobEnabled(config, jobId, enabled) {
  const response = await fetch(`${config.gatewayUrl}/api/v1/admin/rpc`, {
    method: "POST",
    headers: { authorization: `Bearer ${config.gatewayToken}`, "content-type": "application/json" },
    body: JSON.stringify({ method: "cron.update", params: { jobId, patch: { enabled } } }),
    signal: AbortSignal.timeout(1e4),
    // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
    redirect: "error"
  });
  const reply2 = await response.json().catch(() => null);
  if (response.status === 404)
    throw new Error(`the gateway has no admin RPC (404): allow and enable its bundled "admin-http-rpc" plugin`);
  if (!response.ok || reply2?.ok === false) {
    throw new Error(
      `gateway answered ${response.status} to cron.update of ${jobId}${reply2?.error?.message ? `: ${reply2.error.message}` : ""}`
    );
  }
}
async function reportState(config, jobId, report) {
  const path = config.reportPath.replace("{jobId}", encodeURIComponent(jobId));
  const response = await fetch(`${config.buddyUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${config.buddyToken}`, "content-type": "application/json" },
    body: JSON.stringify(report),
    signal: AbortSignal.timeout(1e4),
    // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
    redirect: "error"
  });
  if (!response.ok) throw new Error(`Buddy answered ${response.status} to the circuit report of ${jobId}`);
}

// docker/gateway/extensions/cron-circuit-breaker/src/breaker.ts
var FAILED = /* @__PURE__ */ new Set(["error", "failed", "failure", "timeout", "timed-out"]);
var SUCCEEDED = /* @__PURE__ */ new Set(["ok", "success", "succeeded", "completed"]);
var newCircuit = () => ({ state: "closed", failures: 0, lastError: null, cooldownEndsAt: null });
function createBreaker(config, logger) {
  const jobs = /* @__PURE__ */ new Map();
  async function transition(jobId, circuit, state) {
    circuit.state = state;
    try {
      if (state === "open") await setJobEnabled(config, jobId, false);
      if (state === "half-open") await setJobEnabled(config, jobId, true);
    } catch (error) {
      logger.error(
        `cron-circuit-breaker: could not ${state === "open" ? "disable" : "enable"} ${jobId}: ${String(error)}`
      );
    }
    clearTimeout(circuit.timer);
    circuit.cooldownEndsAt = null;
    if (state === "open") {
      circuit.cooldownEndsAt = new Date(Date.now() + config.cooldownMs).toISOString();
      circuit.timer = setTimeout(() => void transition(jobId, circuit, "half-open"), config.cooldownMs);
      circuit.timer.unref?.();
    }
    await report(jobId, circuit);
    logger.info(`cron-circuit-breaker: ${jobId} is ${state} after ${circuit.failures} consecutive error(s)`);
  }
  async function report(jobId, circuit) {
    const body = {
      state: circuit.state,
      consecutiveFailures: circuit.failures,
      threshold: config.threshold,
      lastError: circuit.lastError,
      changedAt: (/* @__PURE__ */ new Date()).toISOString(),
      cooldownEndsAt: circuit.cooldownEndsAt,
      source: "openclaw-gateway"
    };
    await reportState(config, jobId, body).catch((error) => logger.warn(`cron-circuit-breaker: ${String(error)}`));
  }
  async function reset(jobId) {
    await setJobEnabled(config, jobId, true);
    const circuit = jobs.get(jobId) ?? newCircuit();
    jobs.set(jobId, circuit);
    clearTimeout(circuit.timer);
    circuit.state = "closed";
    circuit.failures = 0;
    circuit.lastError = null;
    circuit.cooldownEndsAt = null;
    await report(jobId, circuit);
    logger.info(`cron-circuit-breaker: ${jobId} re-enabled by the owner`);
    return circuit;
  }
  async function onCronChanged(event) {
    if (!event?.jobId) return;
    if (event.action === "removed") {
      clearTimeout(jobs.get(event.jobId)?.timer);
      jobs.delete(event.jobId);
      return;
    }
    const status = (event.status ?? "").toLowerCase();
    const failed = FAILED.has(status) || Boolean(event.error) && !SUCCEEDED.has(status);
    if (!failed && !SUCCEEDED.has(status)) return;
    const circuit = jobs.get(event.jobId) ?? newCircuit();
    jobs.set(event.jobId, circuit);
    if (circuit.state === "open") return;
    if (!failed) {
      const wasTripped = circuit.state === "half-open" || circuit.failures > 0;
      circuit.failures = 0;
      circuit.lastError = null;
      if (wasTripped) await transition(event.jobId, circuit, "closed");
      return;
    }
    circuit.failures++;
    circuit.lastError = (event.error ?? status).slice(0, 500);
    if (circuit.state === "half-open" || circuit.failures >= config.threshold)
      await transition(event.jobId, circuit, "open");
  }
  return {
    onCronChanged,
    reset,
    state: (jobId) => jobs.get(jobId)?.state ?? "closed",
    stop: () => {
      for (const circuit of jobs.values()) clearTimeout(circuit.timer);
    }
  };
}

// docker/gateway/extensions/cron-circuit-breaker/src/config.ts
var int = (v, fallback) => typeof v === "number" && Number.isInteger(v) && v > 0 ? v : fallback;
var url = (v, fallback) => (typeof v === "string" ? v : fallback).replace(/\/+$/, "");
function readConfig(raw) {
  for (const key of ["buddyToken", "gatewayToken"]) {
    if (typeof raw?.[key] !== "string" || raw[key] === "") throw new Error(`plugin config "${key}" is required`);
  }
  return {
    threshold: int(raw?.threshold, 3),
    cooldownMs: int(raw?.cooldownMs, 15 * 6e4),
    buddyUrl: url(raw?.buddyUrl, "http://dashboard:5050"),
    buddyToken: raw?.buddyToken,
    reportPath: typeof raw?.reportPath === "string" ? raw.reportPath : "/api/jobs/gateway/{jobId}/circuit",
    gatewayUrl: url(raw?.gatewayUrl, "http://127.0.0.1:18789"),
    gatewayToken: raw?.gatewayToken
  };
}

// docker/gateway/extensions/cron-circuit-breaker/src/reset-route.ts
var RESET_PATH = "/plugins/cron-circuit-breaker/reset";
var JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
function reply(res, status, body) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(body));
  return true;
}
function readJson(req, limit = 4096) {
  return new Promise((resolve) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
      if (raw.length > limit) req.destroy();
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(null);
      }
    });
    req.on("error", () => resolve(null));
  });
}
function resetRoute(reset) {
  return {
    path: RESET_PATH,
    auth: "gateway",
    match: "exact",
    handler: async (req, res) => {
      if (req.method !== "POST") return reply(res, 405, { ok: false, error: { message: "POST only" } });
      const body = await readJson(req);
      const jobId = body?.jobId;
      if (typeof jobId !== "string" || !JOB_ID.test(jobId))
        return reply(res, 400, { ok: false, error: { message: "jobId must be a gateway cron job id" } });
      try {
        const circuit = await reset(jobId);
        return reply(res, 200, { ok: true, jobId, state: circuit.state });
      } catch (error) {
        return reply(res, 502, {
          ok: false,
          error: { message: error instanceof Error ? error.message : String(error) }
        });
      }
    }
  };
}

// docker/gateway/extensions/cron-circuit-breaker/src/index.ts
var plugin = {
  id: "cron-circuit-breaker",
  name: "Cron circuit breaker",
  description: "Disables a gateway cron job after consecutive errors and reports it to Buddy's Jobs page.",
  register(api) {
    let breaker;
    try {
      breaker = createBreaker(readConfig(api.pluginConfig), api.logger);
    } catch (error) {
      api.logger.error(`cron-circuit-breaker disabled: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    api.on("cron_changed", (event) => breaker.onCronChanged(event));
    api.registerHttpRoute(resetRoute((jobId) => breaker.reset(jobId)));
    api.registerService({ id: "cron-circuit-breaker", start: () => {
    }, stop: () => breaker.stop() });
  }
};
var index_default = plugin;
export {
  index_default as default
};
