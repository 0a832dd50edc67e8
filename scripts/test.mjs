// `npm test`: every check, then one line counting them all: "N passed,
// N failed, N skipped". Typecheck, lint (with the import-direction rule), formatting and
// the PostgreSQL schema check count as one check each; Vitest and Playwright
// count their tests. The production build is reused while its sources are
// unchanged (the stamp `npm start` uses).
// `npm test -- --slow` also lists the ten slowest tests of every runner.
//
// With TEST_DATABASE_URL_POSTGRES (a PostgreSQL server tests may create
// databases on; .ci/run starts one), the integration tests run on PostgreSQL
// too (the integration-postgres Vitest project), and so do the Playwright
// specs in POSTGRES_JOURNEYS: the two-server test and the dashboard journey.
//
// Everything side by side, so that both cores stay busy: the static checks,
// Vitest (which spends much of its time waiting on its databases), and, once
// the build is there, the Playwright pass on PostgreSQL (waiting on the
// database too), then the one on SQLite, the largest, which takes up the cores
// the others leave.
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { buildIsCurrent, recordBuild, sourcesHash } from "./build-stamp.mjs";

// Each suite chooses its own databases; the SQLite pass must not inherit a PostgreSQL URL.
const { DATABASE_URL: _chosenPerSuite, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
const listSlowest = process.argv.includes("--slow");
/** Every test's duration, for --slow: [runner and title, milliseconds]. */
const durations = [];
/**
 * Every failed test: runner and title, and the start of its error. Listed again just above the count, because
 * the count is all that shows of a long run whose output is cut to its tail (a CI log).
 */
const failures = [];
/** A failure's first three lines ("expect … failed", then Playwright's locator and expected value), on one line. */
const firstLines = (message = "") =>
  message
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(" · ")
    .slice(0, 400);
const postgresServer = process.env.TEST_DATABASE_URL_POSTGRES;

// The browser pass on PostgreSQL runs what only a browser on PostgreSQL can show: two app servers on one database
// (sessions, sign-out everywhere, throttles and concurrent saves across both), and one journey through the pages that
// read the most (sign-in through the form, three assessments, the dashboard's charts and what-if). Every other spec is
// about the pages, the browser or SQLite itself, and runs in the SQLite pass; the same handlers and queries on
// PostgreSQL are the integration-postgres Vitest project's. The four journeys this pass ran before (accounts,
// assessment, sessions-and-headers, access-control) cost 31 of its 69 CPU-s, about 7% of npm test's CPU.
const POSTGRES_JOURNEYS = ["tests/e2e/dashboard.spec.ts", "tests/e2e/two-servers.spec.ts"];

const startedAt = performance.now();
const stageSeconds = [];
/**
 * Runs a command (`label` names it in the time per step); true when it
 * succeeded. Its output is printed whole when it ends, so that commands
 * running side by side do not interleave, unless it runs alone (`live`).
 */
function run(label, command, args, { extraEnv = {}, live = false } = {}) {
  if (live) console.log(`\n$ ${command} ${args.join(" ")}`);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: live ? "inherit" : ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout?.on("data", (chunk) => output.push(chunk));
    child.stderr?.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) => {
      stageSeconds.push([label, (performance.now() - started) / 1000]);
      if (!live) console.log(`\n$ ${command} ${args.join(" ")}\n${Buffer.concat(output).toString("utf8")}`);
      resolve(code === 0);
    });
  });
}

function addPlaywrightReport(pass, reportFile) {
  const playwright = readReport(reportFile);
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
    // Errors outside any test: the server did not start, a worker died.
    if (playwright.errors?.length) check(`playwright (${pass}) run`, false, firstLines(playwright.errors[0].message));
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const test of spec.tests)
          for (const result of test.results) {
            const title = `playwright (${pass}) ${spec.file} › ${spec.title}`;
            durations.push([title, result.duration]);
            if (!["passed", "skipped"].includes(result.status))
              failures.push([title, `${result.status}: ${firstLines(result.errors?.[0]?.message)}`]);
          }
      (suite.suites ?? []).forEach(walk);
    };
    playwright.suites.forEach(walk);
  } else check(`playwright (${pass}) run`, false);
}

/** Builds unless `.next` was built from these very sources; true when there is a build to test. */
async function buildUnlessCurrent(typecheckDone) {
  const hash = sourcesHash();
  if (buildIsCurrent(hash)) {
    console.log("\nnext build: skipped, .next was built from these very sources");
    return true;
  }
  // A build writes .next/types, which the typecheck reads: it waits until the typecheck is done.
  await typecheckDone;
  const ok = await run("next build", "npx", ["next", "build"]);
  if (ok) recordBuild(hash);
  return ok;
}

/**
 * One Playwright pass, its artifacts and report in a folder of its own (each
 * pass empties its folder when it starts); `e2ePort` is its server's port,
 * so that passes running at once never share a server or a port.
 */
async function playwrightPass(pass, e2ePort, specs, { extraEnv = {}, live = false } = {}) {
  const folder = `test-results/e2e-${pass.toLowerCase()}`;
  const report = `${folder}.json`;
  await run(`playwright (${pass})`, "npx", ["playwright", "test", "--output", folder, ...specs], {
    extraEnv: { ...extraEnv, E2E_PORT: String(e2ePort), E2E_JSON_REPORT: report },
    live,
  });
  addPlaywrightReport(pass, report);
}

// The PostgreSQL pass runs beside the rest, on a port of its own: E2E_PORT + 30 (its own-server specs then take
// +45 and +46; the offsets in tests/e2e/support/server.ts stay clear of every checkout's, 40 ports apart).
const e2ePort = Number(process.env.E2E_PORT ?? 3100);
async function playwrightOnPostgres() {
  console.log(`PostgreSQL browser pass: ${POSTGRES_JOURNEYS.map((spec) => path.basename(spec)).join(", ")} (scripts/test.mjs says why)`);
  const name = `skillgap_e2e_${randomBytes(5).toString("hex")}`;
  await onPostgresServer(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresServer);
  url.pathname = `/${name}`;
  try {
    await playwrightPass("PostgreSQL", e2ePort + 30, POSTGRES_JOURNEYS, { extraEnv: { DATABASE_URL: url.toString() } });
  } finally {
    await onPostgresServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function onPostgresServer(statement) {
  const client = new pg.Client({ connectionString: postgresServer });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function check(name, ok, reason = "failed, its output is above") {
  totals[ok ? "passed" : "failed"] += 1;
  if (!ok) failures.push([name, reason]);
}

function readReport(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

rmSync("test-results", { recursive: true, force: true });

// Each keeps what it learned (tsconfig's incremental build info, the caches in node_modules/.cache),
// so a rerun only looks again at what changed; a fresh clone checks everything.
const staticChecks = {
  typecheck: ["npx", ["tsc", "--noEmit"]],
  "lint and import rules": [
    "npx",
    ["eslint", "--max-warnings", "0", "--cache", "--cache-strategy", "content", "--cache-location", "node_modules/.cache/eslint/", "."],
  ],
  "formatting (prettier --check)": ["npx", ["prettier", "--check", "--cache", "."]],
  "PostgreSQL schema and migrations match prisma/schema.prisma": ["node", ["scripts/db-generate.mjs", "--check"]],
};

const staticRuns = Object.entries(staticChecks).map(([name, [command, args]]) => run(name, command, args));
const typecheckDone = staticRuns[Object.keys(staticChecks).indexOf("typecheck")];
const [staticResults, vitestOk, built] = await Promise.all([
  Promise.all(staticRuns),
  run("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]),
  buildUnlessCurrent(typecheckDone).then(async (ok) => {
    if (ok && postgresServer) await playwrightOnPostgres();
    if (ok) await playwrightPass("SQLite", e2ePort, [], { live: true });
    return ok;
  }),
]);
Object.keys(staticChecks).forEach((name, index) => check(name, staticResults[index]));

const vitest = readReport("test-results/vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitestOk && vitest.numFailedTests === 0) check("vitest run", false);
  for (const file of vitest.testResults) {
    // A file that failed outside its tests (an import, a hook) says why here.
    if (file.status === "failed" && file.message) failures.push([`vitest ${path.relative(".", file.name)}`, firstLines(file.message)]);
    for (const test of file.assertionResults) {
      const title = `vitest ${path.relative(".", file.name)} › ${test.fullName}`;
      durations.push([title, test.duration ?? 0]);
      if (test.status === "failed") failures.push([title, firstLines(test.failureMessages?.[0])]);
    }
  }
} else check("vitest run", false);

if (!built) check("next build", false);
if (!postgresServer)
  console.log("\nPostgreSQL: skipped, TEST_DATABASE_URL_POSTGRES is not set (the integration tests and journeys ran on SQLite only).");

if (listSlowest) {
  console.log("\nThe ten slowest tests:");
  for (const [title, ms] of durations.sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${title}`);
}
console.log(
  `\nTime per step (side by side): ${stageSeconds.map(([step, seconds]) => `${step} ${seconds.toFixed(0)} s`).join(", ")}; ` +
    `${((performance.now() - startedAt) / 1000).toFixed(0)} s in all`,
);
if (failures.length) {
  console.log("\nFailed:");
  for (const [title, reason] of failures) console.log(`✗ ${title}\n    ${reason}`);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
