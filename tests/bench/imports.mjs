// The import step: a fresh user imports the largest file the
// API allows while a probe asks /api/health every PROBE_INTERVAL_MS; the import
// must run at 2,000 assessments/s or more, and the probe's p95 stay under 100 ms.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { BASE } from "./config.mjs";
import { userEmail } from "./generate.mjs";
import { percentile } from "./measure.mjs";
import { withCpu } from "./processes.mjs";

export const IMPORT_RUNS = 3; // each by its own fresh user; the table shows the median and the spread
export const PROBE_INTERVAL_MS = 15;
const PASSWORD = "bench import passphrase, long enough";

/** The most assessments one import may hold, as the API's own OpenAPI document states it. */
async function largestImport() {
  const openapi = await (await fetch(`${BASE}/api/v1/openapi.json`)).json();
  const maxItems = openapi.components.schemas.ExportDocument.properties.assessments.maxItems;
  if (!Number.isInteger(maxItems)) throw new Error("the OpenAPI document states no maximum for an import's assessments");
  return maxItems;
}

/** An export of `count` assessments a few hours apart up to now, each rating `skills` with levels from a fixed-seed generator. */
function exportDocument(count, seed, skills, frameworkVersion, idPrefix) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const now = Date.now();
  return JSON.stringify({
    format: "skillgap-export",
    version: 1,
    assessments: Array.from({ length: count }, (_, index) => ({
      id: `${idPrefix}-${index}`,
      createdAt: new Date(now - (count - index) * 3_600_000).toISOString(),
      frameworkVersion,
      note: null,
      ratings: skills.map((skill) => ({ skill, level: Math.floor(random() * 6), note: null })),
    })),
  });
}

/** A new account through the API, signed in with next-auth's credentials flow: its session cookie. */
async function freshUserCookie() {
  const email = userEmail(`bench-import-${randomUUID()}`);
  const signUp = await fetch(`${BASE}/api/v1/users`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (signUp.status !== 202) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const signIn = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} was refused (${signIn.status})`);
  return session.split(";")[0];
}

/** Asks /api/health every PROBE_INTERVAL_MS until `done` settles: each answer's time in ms (a failure counts as Infinity). */
async function probeHealthUntil(done) {
  const times = [];
  let finished = false;
  done.finally(() => (finished = true));
  const pending = [];
  while (!finished) {
    const started = performance.now();
    pending.push(
      fetch(`${BASE}/api/health`).then(
        async (response) => {
          await response.arrayBuffer();
          times.push(response.ok ? performance.now() - started : Infinity);
        },
        () => times.push(Infinity),
      ),
    );
    await sleep(PROBE_INTERVAL_MS);
  }
  await Promise.all(pending);
  return times.sort((a, b) => a - b);
}

/** One unmeasured dry run of the file, as a server that has handled an import before has loaded and compiled its code. */
async function warmUp(document) {
  const reply = await fetch(`${BASE}/api/v1/import?dryRun=1`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: await freshUserCookie() },
    body: document,
  });
  if (reply.status !== 200) throw new Error(`the warm-up dry run answered ${reply.status}: ${(await reply.text()).slice(0, 300)}`);
}

async function importOnce(serverPid, document, count) {
  const cookie = await freshUserCookie();
  return withCpu(serverPid, async () => {
    const started = performance.now();
    const response = fetch(`${BASE}/api/v1/import`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: document,
    }).then(async (reply) => ({ status: reply.status, body: await reply.text(), ms: performance.now() - started }));
    const [reply, health] = await Promise.all([response, probeHealthUntil(response)]);
    if (reply.status !== 200) throw new Error(`the import answered ${reply.status}: ${reply.body.slice(0, 300)}`);
    return {
      ms: reply.ms,
      rate: count / (reply.ms / 1000),
      health: { count: health.length, p50: percentile(health, 50), p95: percentile(health, 95), max: health.at(-1) ?? null },
    };
  });
}

/** IMPORT_RUNS imports of the largest allowed file, each by a fresh user: every run, and the median run by rate. */
export async function measureLargestImport(serverPid, { seed, skills, frameworkVersion }) {
  const count = await largestImport();
  await warmUp(exportDocument(count, seed, skills, frameworkVersion, "bench-import-warm-up"));
  const runs = [];
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    const document = exportDocument(count, seed, skills, frameworkVersion, `bench-import-${run}`);
    runs.push({ ...(await importOnce(serverPid, document, count)), bytes: Buffer.byteLength(document) });
    console.error(
      `  import ${run + 1}: ${count} assessments in ${runs.at(-1).ms.toFixed(0)} ms, /api/health p95 ${runs.at(-1).health.p95.toFixed(1)} ms`,
    );
  }
  const byRate = runs.toSorted((a, b) => a.rate - b.rate);
  const byP95 = runs.toSorted((a, b) => a.health.p95 - b.health.p95);
  return {
    assessments: count,
    runs,
    median: byRate[Math.floor(byRate.length / 2)],
    healthP95Median: byP95[Math.floor(byP95.length / 2)].health.p95,
  };
}
