// One autocannon run, in a process of its own (forked by run.mjs),
// so the load generator never shares an event loop with the orchestrator's
// memory sampling, nor with the server.
//
// Input (IPC message): { url, method, path, cookies, bodies?, connections,
// duration, idempotencyPrefix? }. Requests go round-robin over the cookie
// pool (a pool of generated users) and, for POSTs, over the body pool.
// Output (IPC message): throughput counted on 2xx only, exact latency
// percentiles over every response, and the errors by kind.
import autocannon from "autocannon";

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(job) {
  let nextCookie = 0;
  let nextBody = 0;
  let nextKey = 0;
  const request = {
    method: job.method,
    path: job.path,
    setupRequest(req) {
      const headers = { ...req.headers, cookie: job.cookies[nextCookie++ % job.cookies.length] };
      if (job.bodies) {
        headers["content-type"] = "application/json";
        // A fresh key per save, as the assessment form sends one: exercises the idempotency path.
        if (job.idempotencyPrefix) headers["idempotency-key"] = `${job.idempotencyPrefix}-${nextKey++}`;
        return { ...req, headers, body: job.bodies[nextBody++ % job.bodies.length] };
      }
      return { ...req, headers };
    },
  };

  // autocannon's own percentiles skip p95, so every response time is kept (a few hundred thousand numbers at most).
  const latencies = [];
  const statuses = {};
  const instance = autocannon({ url: job.url, connections: job.connections, duration: job.duration, requests: [request] });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const ok = Object.entries(statuses).reduce((sum, [code, count]) => (code >= 200 && code < 300 ? sum + count : sum), 0);
  return {
    seconds: result.duration,
    ok,
    rps: ok / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    statuses,
    // This process's own CPU, so the orchestrator can tell the server's and other processes' share of the machine.
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  };
}

process.once("message", async (job) => {
  try {
    process.send({ ok: true, result: await run(job) }, () => process.exit(0));
  } catch (error) {
    process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1));
  }
});
