import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";
import { SaveLoad } from "./support/save-load";
import { OwnServer, ownPort } from "./support/server";

/**
 * `npm start` serves through scripts/serve.mjs, which
 * restarts a server that dies. Here the next-server process is killed with
 * SIGKILL (what the kernel's OOM killer does) in the middle of a burst of
 * saves: the app answers again within seconds on a new process, the reason is
 * in the log, every acknowledged save is in the database, and the clients'
 * saves go on by themselves.
 */
test.describe.configure({ mode: "default" });

const CLIENTS = 6;
const KILL_AFTER = 60;
const server = new OwnServer(ownPort(22), { trustProxy: true, supervised: true });

test.afterAll(async () => {
  await server.kill("SIGTERM");
});

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

test("a next-server killed with SIGKILL during saves is restarted within seconds, with every acknowledged save kept", async ({}, testInfo) => {
  test.setTimeout(180_000);
  await server.start();
  const [firstPid] = server.serverPids();
  expect(firstPid).toBeGreaterThan(0);
  const load = await SaveLoad.create(server.url, CLIENTS);
  load.start();

  const deadline = Date.now() + 60_000;
  while (load.count("acknowledged") < KILL_AFTER && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(load.count("acknowledged")).toBeGreaterThanOrEqual(KILL_AFTER);
  const inFlight = load.count("sent");
  const killedAt = Date.now();
  process.kill(firstPid!, "SIGKILL");

  // The app answers again: a new process, started by the supervisor, not by the test.
  while (!(await healthy(server.url))) {
    expect(Date.now() - killedAt, "the app answers again within 30 s, however busy the machine").toBeLessThan(30_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const downFor = Date.now() - killedAt;
  const pids = server.serverPids();
  expect(pids).toHaveLength(2);
  expect(pids[1]).not.toBe(firstPid);
  expect(server.stderr).toContain(`server pid ${firstPid} killed by SIGKILL`);

  // Saves resume by themselves on the new process.
  const acknowledgedAtRestart = load.count("acknowledged");
  while (load.count("acknowledged") < acknowledgedAtRestart + 20) {
    expect(Date.now() - killedAt, "saves resume after the restart").toBeLessThan(60_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await load.stop();
  expect(load.attempts.filter((attempt) => attempt.state === "refused").map((attempt) => attempt.status)).toEqual([]);

  const db = server.openDatabase();
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const missing = load.missing(db);
    expect(missing.slice(0, 20), `${missing.length} acknowledged saves missing or incomplete`).toEqual([]);
    expect(load.halfWritten(db)).toEqual([]);
  } finally {
    db.close();
  }
  const figures = `${load.count("acknowledged")} acknowledged saves all stored; ${inFlight} in flight at the SIGKILL, ${load.count("lost")} lost answers; the app answered again ${(downFor / 1000).toFixed(1)} s after the kill`;
  testInfo.annotations.push({ type: "figures", description: figures });
  console.log(`server restarts: ${figures}`);
});

test("behind a proxy (TRUST_PROXY) with HOSTNAME unset, npm start listens on loopback only", async () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
  test.skip(!external, "this machine has no address but loopback");
  if (!(await healthy(server.url))) await server.start();
  expect(await healthy(server.url)).toBe(true);
  expect(await healthy(`http://${external}:${server.port}`)).toBe(false);
});
