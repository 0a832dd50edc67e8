// `npm run bench`: Skillgap's speed and cost as data and users grow, measured
// against the framework's own floor (GET /api/health on the same server).
//
// One run, against a production build on SQLite, or on PostgreSQL when
// DATABASE_URL is a postgresql:// URL (a server where the bench may create and
// drop its own databases; each server gets a fresh one, filled from the
// generated SQLite file by `npm run db:copy`):
//   1. builds when the sources changed (the same stamp as `npm start`);
//   2. generates (or reuses) a fixed-seed database, and a 10% one;
//   3. serves the 10% copy and times dashboard/progress for the same users
//      that the 100% database holds, then stops that server;
//   4. serves a copy of the full database and, with autocannon in a child
//      process, loads each target; then the growth timings, 20 concurrent
//      writers, page weight, and the server's peak memory;
//   5. prints a table and writes it to tests/bench/RESULTS.md.
// Every exit path stops the server and the load process. Flags: see --help.
import { execFileSync, fork, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { ensureDatabase, ensureDir, GROWTH_SIZES, growthUserId, loadDomain, userEmail, userId } from "../tests/bench/generate.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);

const { values: flags } = parseArgs({
  options: {
    users: { type: "string", default: "2000" },
    assessments: { type: "string", default: "50" },
    ratings: { type: "string", default: "20" },
    seed: { type: "string", default: "42" },
    duration: { type: "string", default: "20" }, // seconds per load target
    "writers-duration": { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    writers: { type: "string", default: "20" },
    port: { type: "string", default: "3300" },
    output: { type: "string" }, // tests/bench/RESULTS.md, or RESULTS-postgres.md on PostgreSQL
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  console.log(`npm run bench -- [--users 2000] [--assessments 50] [--ratings 20] [--seed 42]
                     [--duration 20] [--writers-duration 30] [--connections 20] [--writers 20]
                     [--port 3300] [--output tests/bench/RESULTS.md]`);
  process.exit(0);
}
const int = (name) => {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${flags[name]}"`);
  return value;
};
const SIZES = { users: int("users"), assessments: int("assessments"), ratings: int("ratings"), seed: int("seed") };
const DURATION = int("duration");
const WRITERS_DURATION = int("writers-duration");
const CONNECTIONS = int("connections");
const WRITERS = int("writers");
const PORT = int("port");
const BASE = `http://127.0.0.1:${PORT}`;
const WARMUP_SECONDS = 2; // per load target, not recorded: JIT and lazily loaded route modules
const GROWTH_SAMPLES = 100; // sequential requests per growth case, after 5 unrecorded ones
const GROWTH_WARMUP_SECONDS = 3; // per endpoint, on each server, before its growth timings
const POOL_SIZE = 200; // users the load is spread over
const WATCHDOG_MS = 20 * 60_000; // a hung run ends itself

const BENCH_DIR = ensureDir(path.join(ROOT, "data/bench"));
const SERVER_LOG = path.join(BENCH_DIR, "server.log");
rmSync(SERVER_LOG, { force: true }); // this run's server output only
const POSTGRES_SERVER = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : null;
const ENGINE = POSTGRES_SERVER ? "PostgreSQL" : "SQLite";
const SECRET = randomBytes(32).toString("base64url"); // this run's NEXTAUTH_SECRET, shared with the token minting below
const TARGETS = {
  health: { label: "GET /api/health (floor)", method: "GET", path: "/api/health" },
  dashboardApi: { label: "GET /api/v1/dashboard", method: "GET", path: "/api/v1/dashboard" },
  progress: { label: "GET /api/v1/progress?role=data-scientist", method: "GET", path: "/api/v1/progress?role=data-scientist" },
  dashboardPage: { label: "GET /dashboard (HTML page)", method: "GET", path: "/dashboard" },
  save: { label: "POST /api/v1/assessments", method: "POST", path: "/api/v1/assessments" },
};
const PAGES = [
  { path: "/", auth: false },
  { path: "/roles", auth: false },
  { path: "/signin", auth: false },
  { path: "/assess", auth: true },
  { path: "/dashboard", auth: true },
  { path: "/compare", auth: true },
];

// ---------------------------------------------------------------- cleanup
// Child processes this run started: the server (its own process group) and
// the autocannon process. Killed on every way out, including a crash.
const children = new Set();

function killNow(child) {
  try {
    if (child.detached) process.kill(-child.pid, "SIGKILL");
    else child.process.kill("SIGKILL");
  } catch {
    // already gone
  }
}
process.on("exit", () => children.forEach(killNow));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping`);
    process.exit(130);
  });
}
process.on("uncaughtException", (error) => {
  console.error("bench: failed:", error);
  process.exit(1);
});
process.on("unhandledRejection", (error) => {
  console.error("bench: failed:", error);
  process.exit(1);
});
setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes; giving up`);
  process.exit(1);
}, WATCHDOG_MS).unref();

// ---------------------------------------------------------------- helpers
const runStarted = Date.now();
const phaseTimes = [];
async function phase(name, body) {
  const started = Date.now();
  console.error(`\n== ${name}`);
  memory.phase = name;
  try {
    return await body();
  } finally {
    phaseTimes.push({ name, seconds: (Date.now() - started) / 1000 });
  }
}

const fmt = (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? "n/a" : value.toFixed(digits));
const ratio = (a, b) => (a && b ? a / b : null);

function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A pool of evenly spread indexes in [0, count), shifted by offset. */
function spread(count, size, offset = 0) {
  const n = Math.min(count, size);
  return Array.from({ length: n }, (_, k) => (Math.floor((k * count) / n) + offset) % count);
}

// ---------------------------------------------------------------- build
// The same source stamp as scripts/start.mjs: a build is reused when nothing it depends on changed.
const BUILD_SOURCES = ["app", "components", "lib", "prisma", "instrumentation.ts", "proxy.ts", "next.config.mjs", "package-lock.json"];
const BUILD_STAMP = ".next/skillgap-sources.sha256";

function sourcesHash() {
  const hash = createHash("sha256");
  const walk = (entry) => {
    if (!existsSync(entry)) return;
    if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) walk(path.join(entry, name));
    else hash.update(entry).update(readFileSync(entry));
  };
  BUILD_SOURCES.forEach(walk);
  return hash.digest("hex");
}

function ensureBuild() {
  const hash = sourcesHash();
  if (existsSync(".next/BUILD_ID") && existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, "utf8") === hash) return "reused";
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(BUILD_STAMP, hash);
  return "built";
}

// ---------------------------------------------------------------- server
const memory = { pid: null, phase: "", timer: null, peakByPhase: {}, afterStart: null };

function readStatusKb(pid, field) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function startServer(databaseFile) {
  // Something else on the port would be benchmarked instead of this build: refuse.
  const occupied = await fetch(`${BASE}/api/health`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`port ${PORT} is already in use; pass --port`);
  // A copy, so the generated file stays pristine for the next run (the load adds assessments).
  const runFile = path.join(BENCH_DIR, "run.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(runFile + suffix, { force: true });
  let databaseUrl = `file:${runFile}`;
  if (POSTGRES_SERVER) {
    await onPostgresServer(`DROP DATABASE IF EXISTS "${POSTGRES_RUN_DATABASE}" WITH (FORCE)`, `CREATE DATABASE "${POSTGRES_RUN_DATABASE}"`);
    databaseUrl = postgresRunUrl();
    execFileSync(process.execPath, ["scripts/db-copy.mjs", "--from", `file:${databaseFile}`, "--to", databaseUrl], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  } else copyFileSync(databaseFile, runFile);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { env, stdio: ["ignore", "ignore", "pipe"] });
  const logOffset = existsSync(SERVER_LOG) ? statSync(SERVER_LOG).size : 0;
  const log = openSync(SERVER_LOG, "a");
  // next-server itself, not through npx: the pid we get is the process whose memory we read.
  // detached: its own process group, so a kill reaches anything it might start.
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const entry = { process: server, pid: server.pid, detached: true, exited: false };
  children.add(entry);
  server.on("exit", () => {
    entry.exited = true;
    children.delete(entry);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (entry.exited) throw new Error(`the server exited while starting; see ${SERVER_LOG}`);
    const ok = await fetch(`${BASE}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer /api/health within 60 s; see ${SERVER_LOG}`);
    await sleep(250);
  }
  return { ...entry, entry, runFile, logOffset };
}

async function stopServer(server) {
  if (!server.entry.exited) {
    const exited = new Promise((resolve) => server.process.once("exit", resolve));
    try {
      process.kill(-server.pid, "SIGTERM");
      const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
      if (timedOut) killNow(server.entry);
    } catch {
      // already gone
    }
  }
  // The run's copy is a few hundred MB and worthless once its server is gone (the generated file stays cached).
  for (const suffix of ["", "-wal", "-shm"]) rmSync(server.runFile + suffix, { force: true });
  if (POSTGRES_SERVER) await onPostgresServer(`DROP DATABASE IF EXISTS "${POSTGRES_RUN_DATABASE}" WITH (FORCE)`);
}

const POSTGRES_RUN_DATABASE = "skillgap_bench_run";

function postgresRunUrl() {
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${POSTGRES_RUN_DATABASE}`;
  return url.toString();
}

async function onPostgresServer(...statements) {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER });
  await client.connect();
  try {
    let last;
    for (const statement of statements) last = await client.query(statement);
    return last;
  } finally {
    await client.end();
  }
}

function startMemorySampler(pid) {
  memory.pid = pid;
  memory.afterStart = readStatusKb(pid, "VmRSS");
  memory.timer = setInterval(() => {
    const rss = readStatusKb(pid, "VmRSS");
    if (rss !== null) memory.peakByPhase[memory.phase] = Math.max(memory.peakByPhase[memory.phase] ?? 0, rss);
  }, 200);
  memory.timer.unref();
}

// ---------------------------------------------------------------- CPU accounting
// This machine may be shared (other builds, other tests): each measured run
// records how much CPU the server, the load generator and everything else
// used, so a disturbed run shows in the table instead of passing as a result.
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

function machineBusySeconds() {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
}

function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime + stime
  } catch {
    return 0;
  }
}

/** Runs `body` (which resolves with a load result carrying the generator's cpuSeconds) and adds the CPU split, in cores. */
async function withCpu(serverPid, body) {
  const started = { at: performance.now(), machine: machineBusySeconds(), server: processCpuSeconds(serverPid), self: process.cpuUsage() };
  const result = await body();
  const seconds = (performance.now() - started.at) / 1000;
  const server = processCpuSeconds(serverPid) - started.server;
  const selfUsage = process.cpuUsage(started.self);
  const ours = server + (result.cpuSeconds ?? 0) + (selfUsage.user + selfUsage.system) / 1e6;
  result.cpu = {
    server: server / seconds,
    loadGenerator: (result.cpuSeconds ?? 0) / seconds,
    other: Math.max(0, machineBusySeconds() - started.machine - ours) / seconds,
  };
  return result;
}

/** Lines of the server's log written since `offset` that match `pattern`. */
function countLog(offset, pattern) {
  const text = readFileSync(SERVER_LOG, "utf8").slice(offset);
  return text.split("\n").filter((line) => pattern.test(line)).length;
}
const logSize = () => statSync(SERVER_LOG).size;

// ---------------------------------------------------------------- sessions
/** A session cookie for a generated user, minted with this run's secret exactly as next-auth would issue it. */
async function sessionCookie(id) {
  const token = await encode({
    secret: SECRET,
    token: { sub: id, email: userEmail(id), name: null, sessionVersion: 0, sessionId: randomUUID(), authTime: Date.now() },
  });
  return `next-auth.session-token=${token}`;
}

// ---------------------------------------------------------------- load
function runLoad(job) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(ROOT, "tests/bench/load.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const entry = { process: child, pid: child.pid, detached: false };
    children.add(entry);
    let answered = false;
    child.once("message", (message) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    child.once("exit", (code) => {
      children.delete(entry);
      if (!answered) reject(new Error(`the load process exited with ${code}`));
    });
    child.send({ url: BASE, ...job });
  });
}

function bodies(count, seed, skills) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // an LCG is enough to vary request bodies
    return state / 4294967296;
  };
  return Array.from({ length: count }, () =>
    JSON.stringify({ ratings: skills.map((skill) => ({ skill, level: Math.floor(random() * 6) })) }),
  );
}

async function loadTarget(serverPid, target, cookies, extra = {}, duration = DURATION) {
  console.error(`  ${target.label}: ${WARMUP_SECONDS} s warm-up, then ${CONNECTIONS} connections x ${duration} s`);
  const job = { method: target.method, path: target.path, cookies, connections: CONNECTIONS, ...extra };
  await runLoad({ ...job, duration: WARMUP_SECONDS, idempotencyPrefix: extra.idempotencyPrefix && `${extra.idempotencyPrefix}-warm` });
  const offset = logSize();
  const result = await withCpu(serverPid, () => runLoad({ ...job, duration }));
  result.busy = countLog(offset, /SQLITE_BUSY|database is locked/i);
  return result;
}

// ---------------------------------------------------------------- growth
/** Server time as seen by one client sending one request at a time on localhost (keep-alive): median and p95 in ms. */
async function timeSequential(path, cookies, samples = GROWTH_SAMPLES) {
  const times = [];
  const statuses = {};
  const once = async (cookie) => {
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    return { ms: performance.now() - started, ok: response.status === 200 };
  };
  for (let i = 0; i < 5; i += 1) await once(cookies[i % cookies.length]);
  for (const key of Object.keys(statuses)) delete statuses[key];
  for (let i = 0; i < samples; i += 1) {
    const { ms, ok } = await once(cookies[i % cookies.length]);
    if (ok) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const failed = Object.entries(statuses).filter(([code]) => code !== "200");
  return { median: percentile(times, 50), p95: percentile(times, 95), failed: failed.map(([code, count]) => `${count}x${code}`).join(" ") };
}

// History (issue 4) as well as dashboard and progress (issue 5): none should cost more as a history grows.
const growthPaths = {
  dashboard: TARGETS.dashboardApi.path,
  progress: TARGETS.progress.path,
  history: "/api/v1/assessments?limit=20",
  historyPage: "/history",
};

/**
 * The same warm-up on every server before its growth timings (a fresh
 * server's first requests run cold code): a few seconds of load on each
 * endpoint timed, from the users about to be timed.
 */
async function warmGrowthEndpoints(cookies) {
  for (const route of Object.values(growthPaths)) {
    await runLoad({ method: "GET", path: route, cookies, connections: CONNECTIONS, duration: GROWTH_WARMUP_SECONDS });
  }
}

async function growthBySize(cookies) {
  const out = {};
  for (const [name, route] of Object.entries(growthPaths)) out[name] = await timeSequential(route, cookies);
  return out;
}

// ---------------------------------------------------------------- page weight
/**
 * First-load JS of a page: every JavaScript chunk the served HTML names (its
 * <script src> tags, and chunk paths inside the inline React payload, which
 * the client loads while hydrating), minus the nomodule polyfill that modern
 * browsers skip. Each chunk is read from .next/static and gzipped at level 9
 * (as Next's former build output and the gzip-size package do).
 */
async function pageWeight(page, cookie) {
  const response = await fetch(`${BASE}${page.path}`, { headers: page.auth ? { cookie } : {}, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return { path: page.path, status: response.status };
  const noModule = new Set();
  const chunks = new Set();
  for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
    if (!src) continue;
    (/\bnomodule\b/i.test(attributes) ? noModule : chunks).add(new URL(src, BASE).pathname);
  }
  const scriptTags = chunks.size;
  for (const [chunk] of html.matchAll(/\/_next\/static\/[\w./~-]+?\.js/g)) if (!noModule.has(chunk)) chunks.add(chunk);
  const size = (files) => {
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(ROOT, ".next", file));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzipped };
  };
  const firstLoad = [...chunks].map((chunk) => `static/${decodeURIComponent(chunk.slice("/_next/static/".length))}`);
  // Not first-load, but shown beside it: the next/dynamic chunks of the page (its react-loadable-manifest),
  // which the browser fetches after hydration when those components mount (charts, for instance).
  const manifest = path.join(ROOT, ".next/server/app", page.path === "/" ? "" : page.path, "page/react-loadable-manifest.json");
  const dynamicFiles = existsSync(manifest)
    ? Object.values(JSON.parse(readFileSync(manifest, "utf8"))).flatMap((entry) => entry.files)
    : [];
  const lazy = [...new Set(dynamicFiles)].filter((file) => file.endsWith(".js") && !firstLoad.includes(file));
  return { path: page.path, status: 200, chunks: chunks.size, scriptTags, ...size(firstLoad), lazyChunks: lazy.length, lazy: size(lazy) };
}

// ---------------------------------------------------------------- report
function machine() {
  const git = (args) => {
    try {
      return execFileSync("git", args, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) !== "";
  const sqlite = new Database(":memory:").prepare("select sqlite_version() as v").get().v;
  const database = POSTGRES_SERVER ? "PostgreSQL" : `SQLite ${sqlite}`;
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    ramGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database,
    commit: `${git(["rev-parse", "--short", "HEAD"])}${dirty ? " (with uncommitted changes)" : ""}`,
    branch: git(["rev-parse", "--abbrev-ref", "HEAD"]),
  };
}

function errorsCell(result) {
  const total = result.non2xx + result.socketErrors;
  if (!total) return "0";
  const kinds = Object.entries(result.statuses)
    .filter(([code]) => code < 200 || code >= 300)
    .map(([code, count]) => `${count}x${code}`);
  if (result.socketErrors) kinds.push(`${result.socketErrors} socket${result.timeouts ? `, ${result.timeouts} timeouts` : ""}`);
  return `${total} (${kinds.join(", ")})`;
}

const cpuCell = (cpu) => `${fmt(cpu.server, 2)} / ${fmt(cpu.loadGenerator, 2)} / ${fmt(cpu.other, 2)}`;
const msCell = (timing) => (timing.median === null ? `failed (${timing.failed})` : `${fmt(timing.median)} (${fmt(timing.p95)})`);

function report(r) {
  const m = r.machine;
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(" | ")} |`);
  const table = (header, rows) => {
    row(header);
    row(header.map((cell, index) => (index === 0 ? "---" : "---:")));
    rows.forEach(row);
    lines.push("");
  };
  const health = r.load.health.rps;
  lines.push(`# Skillgap benchmark results (${ENGINE})`, "");
  lines.push(`- date: ${r.date}`);
  lines.push(`- commit: ${m.commit} on ${m.branch}`);
  lines.push(`- machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.ramGiB)} GiB RAM, ${m.os}; Node ${m.node}, ${m.database}`);
  lines.push(
    `- data: ${r.sizes.users} users x ${r.sizes.assessments} assessments x ${r.sizes.ratings} ratings, seed ${r.sizes.seed}, plus one user each with ${GROWTH_SIZES.join(", ")} assessments` +
      ` (${r.data.full.meta.assessmentsTotal} assessments, ${r.data.full.meta.ratingsTotal} ratings, ${fmt(r.data.full.meta.bytes / 1e6, 0)} MB; ${r.data.full.reused ? "reused" : "generated"}` +
      ` ${r.data.full.meta.generatedAt.slice(0, 10)}; the 10% database has the first ${r.data.small.meta.users} users)`,
  );
  lines.push(`- other processes' CPU before the run: ${fmt(r.otherBefore, 2)} cores (0 means the machine was otherwise idle)`);
  lines.push(
    `- build: ${r.build}; server: next start (production), one process, ${POSTGRES_SERVER ? `PostgreSQL over local TCP (pg adapter, pool of ${process.env.DATABASE_POOL_SIZE ?? 10})` : "SQLite WAL"}; load: autocannon ${CONNECTIONS} connections from a separate process on the same machine`,
  );
  lines.push(
    `- total run time: ${fmt((r.finished - runStarted) / 1000, 0)} s (${r.phases.map((p) => `${p.name} ${fmt(p.seconds, 0)} s`).join(", ")})`,
    "",
  );

  lines.push(
    `## Load (${CONNECTIONS} connections x ${DURATION} s per target after a ${WARMUP_SECONDS} s warm-up, as ${r.poolSize} users round-robin)`,
    "",
  );
  table(
    ["target", "req/s (2xx)", "p50 ms", "p95 ms", "p99 ms", "errors", "vs /api/health", "CPU: server / load gen / other"],
    Object.entries(TARGETS).map(([key, target]) => {
      const result = r.load[key];
      return [
        target.label,
        fmt(result.rps),
        fmt(result.p50),
        fmt(result.p95),
        fmt(result.p99),
        errorsCell(result),
        key === "health" ? "1.00" : fmt(ratio(result.rps, health), 2),
        cpuCell(result.cpu),
      ];
    }),
  );
  lines.push(
    `CPU is in cores (this machine has ${m.cores}); "other" is every process that is not the server or the load generator. Next's server runs JavaScript on one thread, so a server figure near 1.0 means it was the bottleneck; a high "other" means the run was disturbed.`,
    "",
  );

  lines.push(
    `## Growth (server time: one request at a time from one client, ${GROWTH_SAMPLES} timed after 5 untimed; median ms (p95))`,
    "",
  );
  const g = r.growth;
  table(
    [
      "endpoint",
      ...GROWTH_SIZES.map((size) => `${size} assessments`),
      `${GROWTH_SIZES.at(-1)} / ${GROWTH_SIZES[0]}`,
      "DB at 10%",
      "DB at 100%",
      "100% / 10%",
    ],
    Object.keys(growthPaths).map((name) => [
      growthPaths[name],
      ...GROWTH_SIZES.map((size) => msCell(g.byHistory[size][name])),
      fmt(ratio(g.byHistory[GROWTH_SIZES.at(-1)][name].median, g.byHistory[GROWTH_SIZES[0]][name].median), 2),
      msCell(g.small[name]),
      msCell(g.full[name]),
      fmt(ratio(g.full[name].median, g.small[name].median), 2),
    ]),
  );
  lines.push(
    `The DB-size columns time the same ${r.growthUsers} users (${SIZES.assessments} assessments each) against the 10% and the full database, each on its own server;` +
      ` both servers get the same ${GROWTH_WARMUP_SECONDS} s of load per endpoint first.` +
      ` Other processes used ${fmt(g.smallCpu.other, 2)} cores during the 10% timings and ${fmt(g.cpu.other, 2)} during the full-database ones.`,
    "",
  );

  const w = r.writers;
  lines.push(
    `## Writes under contention (${WRITERS} concurrent writers x ${WRITERS_DURATION} s, each save with its own Idempotency-Key)`,
    "",
  );
  table(
    ["saves/s", "p50 ms", "p95 ms", "p99 ms", "failed saves", "SQLITE_BUSY lines in server log", "CPU: server / load gen / other"],
    [[fmt(w.rps), fmt(w.p50), fmt(w.p95), fmt(w.p99), errorsCell(w), String(w.busy), cpuCell(w.cpu)]],
  );

  lines.push("## Memory (next-server process)", "");
  const peakPhase = Object.entries(r.memory.peakByPhase).sort((a, b) => b[1] - a[1])[0];
  table(
    ["RSS after start", "peak RSS (VmHWM)", "highest sampled RSS during"],
    [
      [
        `${fmt(r.memory.afterStart / 1024, 0)} MB`,
        `${fmt(r.memory.hwm / 1024, 0)} MB`,
        peakPhase ? `${peakPhase[0]} (${fmt(peakPhase[1] / 1024, 0)} MB)` : "n/a",
      ],
    ],
  );

  lines.push("## Page weight (first-load JS, gzipped, kB = 1,000 bytes)", "");
  table(
    ["page", "first-load JS, gzipped", "raw", "chunks", "next/dynamic JS loaded after hydration, gzipped"],
    r.pages.map((page) =>
      page.status === 200
        ? [
            page.path,
            `${fmt(page.gzipped / 1000)} kB`,
            `${fmt(page.raw / 1000)} kB`,
            String(page.chunks),
            page.lazyChunks ? `${fmt(page.lazy.gzipped / 1000)} kB (${page.lazyChunks} chunks)` : "none",
          ]
        : [page.path, `not measured: HTTP ${page.status}`, "", "", ""],
    ),
  );

  lines.push("## Goals", "");
  table(
    ["goal", "measured", "met"],
    r.goals.map((goal) => [goal.name, goal.measured, goal.met === null ? "not measured" : goal.met ? "yes" : "**no**"]),
  );
  return lines.join("\n");
}

function goals(r) {
  const health = r.load.health.rps;
  const page = (p) => r.pages.find((entry) => entry.path === p);
  const growthRatio = (name) =>
    ratio(r.growth.byHistory[GROWTH_SIZES.at(-1)][name].median, r.growth.byHistory[GROWTH_SIZES[0]][name].median);
  const atLeast = (value, limit) => (value === null ? null : value >= limit);
  const atMost = (value, limit) => (value === null ? null : value <= limit);
  const kb = (p) => (page(p)?.status === 200 ? page(p).gzipped / 1000 : null);
  const failedSaves = r.writers.non2xx + r.writers.socketErrors;
  return [
    {
      name: "dashboard API throughput >= 50% of /api/health",
      measured: fmt(ratio(r.load.dashboardApi.rps, health) * 100, 0) + "%",
      met: atLeast(ratio(r.load.dashboardApi.rps, health), 0.5),
    },
    {
      name: "/dashboard page throughput >= 25% of /api/health",
      measured: fmt(ratio(r.load.dashboardPage.rps, health) * 100, 0) + "%",
      met: atLeast(ratio(r.load.dashboardPage.rps, health), 0.25),
    },
    {
      name: "dashboard server time, 1,000 vs 10 assessments <= 1.5x",
      measured: `${fmt(growthRatio("dashboard"), 2)}x`,
      met: atMost(growthRatio("dashboard"), 1.5),
    },
    {
      name: "progress server time, 1,000 vs 10 assessments <= 1.5x",
      measured: `${fmt(growthRatio("progress"), 2)}x`,
      met: atMost(growthRatio("progress"), 1.5),
    },
    {
      name: "zero write errors under contention",
      measured: `${failedSaves} failed saves, ${r.writers.busy} SQLITE_BUSY`,
      met: failedSaves === 0 && r.writers.busy === 0,
    },
    {
      name: "/dashboard first-load JS <= 250 kB gzipped",
      measured: kb("/dashboard") === null ? "n/a" : `${fmt(kb("/dashboard"))} kB`,
      met: atMost(kb("/dashboard"), 250),
    },
    {
      name: "/signin first-load JS <= 170 kB gzipped",
      measured: kb("/signin") === null ? "n/a" : `${fmt(kb("/signin"))} kB`,
      met: atMost(kb("/signin"), 170),
    },
  ];
}

// ---------------------------------------------------------------- main
async function main() {
  const r = { date: new Date().toISOString(), machine: machine(), sizes: SIZES };
  if (POSTGRES_SERVER) r.machine.database = `PostgreSQL ${(await onPostgresServer("SHOW server_version")).rows[0].server_version}`;
  // How busy the machine is before we start anything: a shared machine makes every number below lower.
  const idleCheck = { at: performance.now(), busy: machineBusySeconds(), self: process.cpuUsage() };
  await sleep(2000);
  const selfUsage = process.cpuUsage(idleCheck.self);
  r.otherBefore =
    Math.max(0, machineBusySeconds() - idleCheck.busy - (selfUsage.user + selfUsage.system) / 1e6) /
    ((performance.now() - idleCheck.at) / 1000);
  if (r.otherBefore > 0.1)
    console.error(`bench: warning: other processes are using ${fmt(r.otherBefore, 2)} cores; results will be lower and noisier`);
  r.build = await phase("build", () => ensureBuild());

  const domain = await loadDomain(ROOT, BENCH_DIR);
  r.data = await phase("data", async () => {
    const full = await ensureDatabase({ root: ROOT, dir: BENCH_DIR, ...SIZES, domain });
    const small = await ensureDatabase({ root: ROOT, dir: BENCH_DIR, ...SIZES, users: Math.max(1, Math.round(SIZES.users / 10)), domain });
    for (const data of [full, small]) {
      const growthTotal = GROWTH_SIZES.reduce((sum, size) => sum + size, 0);
      data.meta.assessmentsTotal = data.meta.users * data.meta.assessments + growthTotal;
      data.meta.ratingsTotal = data.meta.assessmentsTotal * data.meta.ratings;
    }
    return { full, small };
  });
  const skills = domain.DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug).slice(0, SIZES.ratings);

  // Users present in both databases (the first tenth), for the DB-size comparison.
  const sharedUsers = spread(r.data.small.meta.users, 20).map(userId);
  r.growthUsers = sharedUsers.length;
  const sharedCookies = await Promise.all(sharedUsers.map(sessionCookie));
  const poolCookies = await Promise.all(spread(SIZES.users, POOL_SIZE).map((index) => sessionCookie(userId(index))));
  const writerCookies = await Promise.all(spread(SIZES.users, WRITERS, 7).map((index) => sessionCookie(userId(index))));
  r.poolSize = poolCookies.length;
  const saveBodies = bodies(200, SIZES.seed, skills);

  r.growth = {};
  await phase("growth on the 10% database", async () => {
    const server = await startServer(r.data.small.file);
    try {
      await warmGrowthEndpoints(sharedCookies);
      r.growth.smallCpu = (await withCpu(server.pid, async () => ({ out: (r.growth.small = await growthBySize(sharedCookies)) }))).cpu;
    } finally {
      await stopServer(server);
    }
  });

  const server = await phase("start server on the full database", () => startServer(r.data.full.file));
  startMemorySampler(server.pid);
  try {
    r.load = {};
    for (const key of ["health", "dashboardApi", "progress", "dashboardPage"]) {
      r.load[key] = await phase(`load ${TARGETS[key].label}`, () => loadTarget(server.pid, TARGETS[key], poolCookies));
    }
    await phase("growth on the full database", async () => {
      await warmGrowthEndpoints(sharedCookies);
      const timed = await withCpu(server.pid, async () => {
        r.growth.full = await growthBySize(sharedCookies);
        r.growth.byHistory = {};
        for (const size of GROWTH_SIZES) r.growth.byHistory[size] = await growthBySize([await sessionCookie(growthUserId(size))]);
        return {};
      });
      r.growth.cpu = timed.cpu;
    });
    // Writes last: they add rows, and everything above reads the generated data as it is.
    r.load.save = await phase(`load ${TARGETS.save.label}`, () =>
      loadTarget(server.pid, TARGETS.save, poolCookies, { bodies: saveBodies, idempotencyPrefix: `bench-${Date.now()}-load` }),
    );
    r.writers = await phase(`${WRITERS} writers`, async () => {
      const offset = logSize();
      const result = await withCpu(server.pid, () =>
        runLoad({
          method: "POST",
          path: TARGETS.save.path,
          cookies: writerCookies,
          connections: WRITERS,
          duration: WRITERS_DURATION,
          bodies: saveBodies,
          idempotencyPrefix: `bench-${Date.now()}-writers`,
        }),
      );
      result.busy = countLog(offset, /SQLITE_BUSY|database is locked/i);
      return result;
    });
    r.pages = await phase("page weight", () => Promise.all(PAGES.map(async (page) => pageWeight(page, poolCookies[0]))));
    r.memory = { afterStart: memory.afterStart, hwm: readStatusKb(server.pid, "VmHWM"), peakByPhase: memory.peakByPhase };
  } finally {
    clearInterval(memory.timer);
    await stopServer(server);
  }

  r.phases = phaseTimes;
  r.finished = Date.now();
  r.goals = goals(r);
  const markdown = report(r);
  console.log(`\n${markdown}`);
  const output = flags.output ?? (POSTGRES_SERVER ? "tests/bench/RESULTS-postgres.md" : "tests/bench/RESULTS.md");
  writeFileSync(output, `${markdown}\n`);
  console.error(`\nbench: wrote ${output} in ${fmt((Date.now() - runStarted) / 1000, 0)} s`);
}

await main();
process.exit(0);
