// `npm run bench`: Skillgap's speed and cost as data and users grow, measured
// against the framework's own floor (GET /api/health on the same server).
//
// One run, against a production build on SQLite:
//   1. builds when the sources changed (the same stamp as `npm start`);
//   2. generates (or reuses) a fixed-seed database, and a 10% one;
//   3. serves the 10% copy and times dashboard/progress for the same users
//      that the 100% database holds, then stops that server;
//   4. serves a copy of the full database and, with autocannon in a child
//      process, loads each target; then the growth timings, 20 concurrent
//      writers, page weight, Lighthouse, and the server's peak memory;
//   5. prints a table and writes it to tests/bench/RESULTS.md.
// Every exit path stops the server and the load process. Flags: see --help.
import { rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuild, sourcesHash } from "../../scripts/build-stamp.mjs";
import {
  OUTPUT,
  PAGES,
  POOL_SIZE,
  POSTGRES_SERVER,
  ROOT,
  BENCH_DIR,
  LIGHTHOUSE_RUNS,
  SERVER_LOG,
  SIZES,
  TARGETS,
  WRITERS,
  WRITERS_DURATION,
} from "./config.mjs";
import { ensureDatabase, GROWTH_SIZES, growthUserId, loadDomain, userId } from "./generate.mjs";
import { lighthouseAudits } from "./lighthouse.mjs";
import { bodies, growthByHistory, growthBySize, loadTarget, pageWeight, sessionCookie, spread, warmGrowthEndpoints } from "./measure.mjs";
import {
  countLog,
  guardExits,
  logSize,
  otherProcessesCpu,
  memory,
  onPostgresServer,
  readStatusKb,
  runLoad,
  startMemorySampler,
  startServer,
  stopServer,
  withCpu,
} from "./processes.mjs";
import { measureLargestImport } from "./imports.mjs";
import { leakCheck, READ_TARGETS } from "./leak-check.mjs";
import { fmt, goals, machine, report } from "./report.mjs";

guardExits();
rmSync(SERVER_LOG, { force: true }); // this run's server output only

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

// ---------------------------------------------------------------- build
function ensureBuild() {
  const hash = sourcesHash();
  if (buildIsCurrent(hash)) return "reused";
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  recordBuild(hash);
  return "built";
}

// ---------------------------------------------------------------- main
async function main() {
  const r = { date: new Date().toISOString(), started: runStarted, machine: machine(), sizes: SIZES };
  if (POSTGRES_SERVER) r.machine.database = `PostgreSQL ${(await onPostgresServer("SHOW server_version")).rows[0].server_version}`;
  // How busy the machine is before we start anything: a shared machine makes every number below lower.
  r.otherBefore = await otherProcessesCpu();
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
    for (const key of READ_TARGETS) {
      r.load[key] = await phase(`load ${TARGETS[key].label}`, () => loadTarget(server.pid, TARGETS[key], poolCookies));
    }
    // Right after the /dashboard page, so that the two pages' rows meet the same state of the machine.
    r.load.smallestPage = await phase(`load ${TARGETS.smallestPage.label}`, () =>
      loadTarget(server.pid, TARGETS.smallestPage, poolCookies),
    );
    r.leak = await phase("leak check: the read load phases again", () => leakCheck(server.pid, poolCookies));
    await phase("growth on the full database", async () => {
      await warmGrowthEndpoints(sharedCookies);
      const timed = await withCpu(server.pid, async () => {
        r.growth.full = await growthBySize(sharedCookies);
        const cookiesBySize = Object.fromEntries(
          await Promise.all(GROWTH_SIZES.map(async (size) => [size, [await sessionCookie(growthUserId(size))]])),
        );
        r.growth.byHistory = await growthByHistory(cookiesBySize);
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
    r.imports = await phase("largest import with /api/health probed", () =>
      measureLargestImport(server.pid, { seed: SIZES.seed, skills, frameworkVersion: domain.DEFAULT_FRAMEWORK.version }),
    );
    r.pages = await phase("page weight", () => Promise.all(PAGES.map(async (page) => pageWeight(page, poolCookies[0]))));
    // Lighthouse's own Chromium would count as "other" during its runs: the machine is sampled just before instead.
    if (LIGHTHOUSE_RUNS)
      r.lighthouse = await phase("lighthouse", async () => ({
        otherBefore: await otherProcessesCpu(),
        pages: await lighthouseAudits(poolCookies[0]),
      }));
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
  writeFileSync(OUTPUT, `${markdown}\n`);
  console.error(`\nbench: wrote ${OUTPUT} in ${fmt((Date.now() - runStarted) / 1000, 0)} s`);
}

await main();
process.exit(0);
