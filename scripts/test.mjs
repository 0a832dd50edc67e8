// `npm test`: every check, in order, then one line counting them all:
// "N passed, N failed". Typecheck and lint (with the import-direction rule)
// count as one check each; Vitest and Playwright count their tests.
//
// With TEST_DATABASE_URL_POSTGRES (a PostgreSQL server tests may create
// databases on; .ci/run starts one), the integration tests run on PostgreSQL
// too (the integration-postgres Vitest project), and so do the Playwright
// journeys in POSTGRES_JOURNEYS plus the two-server test.
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";

// Each suite chooses its own databases; the SQLite pass must not inherit a PostgreSQL URL.
const { DATABASE_URL: _chosenPerSuite, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0 };
const postgresServer = process.env.TEST_DATABASE_URL_POSTGRES;

// A representative set on PostgreSQL, to keep npm test short: every page and
// route a user goes through. The specs left out are about SQLite itself:
const POSTGRES_JOURNEYS = [
  "tests/e2e/accounts.spec.ts",
  "tests/e2e/assessment.spec.ts",
  "tests/e2e/dashboard.spec.ts",
  "tests/e2e/sessions-and-headers.spec.ts",
  "tests/e2e/access-control.spec.ts",
  "tests/e2e/two-servers.spec.ts",
];
const SQLITE_ONLY = {
  "bad-input.spec.ts": "checks that refused input wrote nothing by reading the server's SQLite file",
  "concurrent-saves.spec.ts": "SQLite's single writer under contention; two-servers.spec.ts saves concurrently on PostgreSQL",
  "interrupted-saves.spec.ts": "SIGKILL mid-save, checked in the server's SQLite file",
};

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status === 0;
}

function addPlaywrightReport() {
  const playwright = readReport("test-results/playwright.json");
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    if (playwright.errors?.length) check("playwright run", false);
  } else check("playwright run", false);
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

function check(name, ok) {
  totals[ok ? "passed" : "failed"] += 1;
  if (!ok) console.error(`✗ ${name} failed`);
}

function readReport(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

rmSync("test-results", { recursive: true, force: true });

check("typecheck", run("npx", ["tsc", "--noEmit"]));
check("lint and import rules", run("npx", ["eslint", "--max-warnings", "0", "."]));
check("formatting (prettier --check)", run("npx", ["prettier", "--check", "."]));
check("PostgreSQL schema and migrations match prisma/schema.prisma", run("node", ["scripts/db-generate.mjs", "--check"]));

const vitestOk = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
const vitest = readReport("test-results/vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  if (!vitestOk && vitest.numFailedTests === 0) check("vitest run", false);
} else check("vitest run", false);

if (run("npx", ["next", "build"])) {
  run("npx", ["playwright", "test"]);
  addPlaywrightReport();
  if (postgresServer) {
    for (const [spec, reason] of Object.entries(SQLITE_ONLY)) console.log(`PostgreSQL pass skips ${spec}: ${reason}`);
    const name = `skillgap_e2e_${randomBytes(5).toString("hex")}`;
    await onPostgresServer(`CREATE DATABASE "${name}"`);
    const url = new URL(postgresServer);
    url.pathname = `/${name}`;
    run("npx", ["playwright", "test", ...POSTGRES_JOURNEYS], { DATABASE_URL: url.toString() });
    addPlaywrightReport();
    await onPostgresServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else
    console.log("\nPostgreSQL: skipped, TEST_DATABASE_URL_POSTGRES is not set (the integration tests and journeys ran on SQLite only).");
} else check("next build", false);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
