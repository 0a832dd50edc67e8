// `npm test`: every check, in order, then one line counting them all:
// "N passed, N failed". Typecheck and lint (with the import-direction rule)
// count as one check each; Vitest and Playwright count their tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0 };

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
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
  const playwright = readReport("test-results/playwright.json");
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    if (playwright.errors?.length) check("playwright run", false);
  } else check("playwright run", false);
} else check("next build", false);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
