// Serves the build in .next and keeps serving: the last step of `npm start`
// (scripts/start.mjs), after migrations and the build. It runs next-server as
// a child process and watches it:
//
// - A server that dies (killed by the kernel's OOM killer, a crash, a SIGKILL)
//   is started again after a short backoff, with a line on stderr saying how it
//   ended. The backoff doubles while the server keeps dying within a minute of
//   its start, up to MAX_BACKOFF_MS, so a server that cannot start does not spin.
// - SIGTERM or SIGINT is passed on, and next-server drains: it stops accepting
//   connections and finishes the requests in flight. A server still running
//   after SHUTDOWN_GRACE_SECONDS is killed. This process then exits 0 when the
//   drain finished, 1 when the grace period cut it short.
//
// Restarting in here rather than leaving it to systemd keeps the README's
// single command (`npm start`) enough on a host without a service manager.
import { spawn } from "node:child_process";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** A server that ran this long before dying was healthy: the next restart starts from the first backoff again. */
const STABLE_AFTER_MS = 60_000;
const graceSeconds = Number(process.env.SHUTDOWN_GRACE_SECONDS || 30);
if (!(graceSeconds > 0)) {
  console.error(`SHUTDOWN_GRACE_SECONDS must be a number of seconds above 0, got "${process.env.SHUTDOWN_GRACE_SECONDS}"`);
  process.exit(2);
}
const graceMs = 1000 * graceSeconds;

// The address to listen on: HOSTNAME when set; behind a proxy (TRUST_PROXY) loopback, so nobody who reaches the
// app's port directly can choose their throttle address through X-Forwarded-For; otherwise every interface (Next's default).
const hostname = process.env.HOSTNAME || (process.env.TRUST_PROXY !== undefined ? "127.0.0.1" : undefined);
const args = [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", process.env.PORT || "3000"];
if (hostname) args.push("--hostname", hostname);

let server = null;
let startedAt = 0;
let backoff = FIRST_BACKOFF_MS;
let restartTimer = null;
let stopping = null;

function log(message) {
  console.error(`[serve] ${new Date().toISOString()} ${message}`);
}

function start() {
  restartTimer = null;
  startedAt = Date.now();
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...SERVER_ENV },
  });
  server = child;
  log(`server started, pid ${child.pid}`);
  child.on("exit", (code, signal) => {
    server = null;
    const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
    if (stopping) return stopping.exited(how);
    const ranFor = Date.now() - startedAt;
    if (ranFor >= STABLE_AFTER_MS) backoff = FIRST_BACKOFF_MS;
    log(`server pid ${child.pid} ${how} after ${(ranFor / 1000).toFixed(1)} s; restarting in ${backoff} ms`);
    restartTimer = setTimeout(start, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  });
}

function stop(reason, signal = "SIGTERM") {
  if (stopping) return;
  if (restartTimer) clearTimeout(restartTimer);
  if (!server) {
    log(`${reason}: no server running, exiting`);
    process.exit(0);
  }
  log(`${reason}: draining server pid ${server.pid} (grace ${graceMs / 1000} s)`);
  const child = server;
  const grace = setTimeout(() => {
    log(`server pid ${child.pid} still running after ${graceMs / 1000} s: killing it`);
    stopping.cutShort = true;
    child.kill("SIGKILL");
  }, graceMs);
  stopping = {
    cutShort: false,
    exited(how) {
      clearTimeout(grace);
      log(`server pid ${child.pid} ${how}; ${this.cutShort ? "requests in flight were cut short" : "drained"}`);
      process.exit(this.cutShort ? 1 : 0);
    },
  };
  // next-server's own handler closes the listener and waits for the requests in flight.
  child.kill(signal);
}

for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(signal, signal));
// `kill <pid of npm start>` ends npm and its shell without passing the signal on (systemd's default KillMode signals
// every process of the service, a terminal's Ctrl-C the whole process group, but a plain kill only the one): a
// supervisor whose parent went away drains and exits rather than serve on, orphaned, holding the port.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(`parent process ${parent} exited`);
}, 500).unref();
start();
