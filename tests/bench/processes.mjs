// The processes one run starts (the server and the load generator): started,
// measured (memory, CPU) and stopped on every way out, a crash included.
import { execFileSync, fork, spawn } from "node:child_process";
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../../scripts/server-node-flags.mjs";
import { BASE, BENCH_DIR, PORT, POSTGRES_SERVER, ROOT, SECRET, SERVER_LOG, WATCHDOG_MS } from "./config.mjs";

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

/** Every way out of the run kills what it started; a hung run ends itself. */
export function guardExits() {
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
}

// ---------------------------------------------------------------- server
export const memory = { pid: null, phase: "", timer: null, peakByPhase: {}, afterStart: null };

export function readStatusKb(pid, field) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function startServer(databaseFile) {
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
    ...SERVER_ENV,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { env, stdio: ["ignore", "ignore", "pipe"] });
  const logOffset = existsSync(SERVER_LOG) ? statSync(SERVER_LOG).size : 0;
  const log = openSync(SERVER_LOG, "a");
  // next-server itself, not through npx: the pid we get is the process whose memory we read;
  // with the production server's Node flags (scripts/server-node-flags.mjs), as `npm start` runs it.
  // detached: its own process group, so a kill reaches anything it might start.
  const server = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", String(PORT), "--hostname", "127.0.0.1"],
    {
      env,
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
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

export async function stopServer(server) {
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

/** Runs statements on the PostgreSQL server; answers with the last one's result. */
export async function onPostgresServer(...statements) {
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

export function startMemorySampler(pid) {
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
export const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

export function machineBusySeconds() {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
}

/** Cores used by every process but this one over a two-second sample, while the server is idle: how disturbed what follows will be. */
export async function otherProcessesCpu() {
  const started = { at: performance.now(), busy: machineBusySeconds(), self: process.cpuUsage() };
  await sleep(2000);
  const selfUsage = process.cpuUsage(started.self);
  return (
    Math.max(0, machineBusySeconds() - started.busy - (selfUsage.user + selfUsage.system) / 1e6) / ((performance.now() - started.at) / 1000)
  );
}

export function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime + stime
  } catch {
    return 0;
  }
}

/** Runs `body` (which resolves with a load result carrying the generator's cpuSeconds) and adds the CPU split, in cores. */
export async function withCpu(serverPid, body) {
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
export function countLog(offset, pattern) {
  const text = readFileSync(SERVER_LOG, "utf8").slice(offset);
  return text.split("\n").filter((line) => pattern.test(line)).length;
}
export const logSize = () => statSync(SERVER_LOG).size;

// ---------------------------------------------------------------- load
export function runLoad(job) {
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

/** Runs a command to completion as a child killed on every way out; resolves with its standard output. */
export function runTracked(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...extraEnv } });
    const entry = { process: child, pid: child.pid, detached: false };
    children.add(entry);
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      children.delete(entry);
      if (code === 0) resolve(Buffer.concat(output).toString("utf8"));
      else reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}`));
    });
  });
}
