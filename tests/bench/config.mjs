// The bench's flags and fixed settings: what one run measures, and how long.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureDir } from "./generate.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
process.chdir(ROOT);

export const { values: flags } = parseArgs({
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
    "lighthouse-runs": { type: "string", default: "3" }, // per page; 0 skips Lighthouse
    output: { type: "string" }, // tests/bench/RESULTS.md, or RESULTS-postgres.md on PostgreSQL
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  console.log(`npm run bench -- [--users 2000] [--assessments 50] [--ratings 20] [--seed 42]
                     [--duration 20] [--writers-duration 30] [--connections 20] [--writers 20]
                     [--port 3300] [--lighthouse-runs 3] [--output tests/bench/RESULTS.md]`);
  process.exit(0);
}
const int = (name) => {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${flags[name]}"`);
  return value;
};
export const SIZES = { users: int("users"), assessments: int("assessments"), ratings: int("ratings"), seed: int("seed") };
export const DURATION = int("duration");
export const WRITERS_DURATION = int("writers-duration");
export const CONNECTIONS = int("connections");
export const WRITERS = int("writers");
export const PORT = int("port");
export const LIGHTHOUSE_RUNS = int("lighthouse-runs");
export const BASE = `http://127.0.0.1:${PORT}`;
export const WARMUP_SECONDS = 2; // per load target, not recorded: JIT and lazily loaded route modules
export const GROWTH_SAMPLES = 100; // sequential requests per growth case, after 5 unrecorded ones
export const GROWTH_WARMUP_SECONDS = 3; // per endpoint, on each server, before its growth timings
export const POOL_SIZE = 200; // users the load is spread over
export const WATCHDOG_MS = 20 * 60_000; // a hung run ends itself

export const BENCH_DIR = ensureDir(path.join(ROOT, "data/bench"));
export const SERVER_LOG = path.join(BENCH_DIR, "server.log");
/**
 * DATABASE_URL=postgresql://… runs the bench on PostgreSQL: a server where it
 * may create and drop its own database; each bench server gets a fresh one,
 * filled from the generated SQLite file by `npm run db:copy`.
 */
export const POSTGRES_SERVER = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : null;
export const ENGINE = POSTGRES_SERVER ? "PostgreSQL" : "SQLite";
export const OUTPUT = flags.output ?? (POSTGRES_SERVER ? "tests/bench/RESULTS-postgres.md" : "tests/bench/RESULTS.md");
export const SECRET = randomBytes(32).toString("base64url"); // this run's NEXTAUTH_SECRET, shared with the token minting below
export const TARGETS = {
  health: { label: "GET /api/health (floor)", method: "GET", path: "/api/health" },
  dashboardApi: { label: "GET /api/v1/dashboard", method: "GET", path: "/api/v1/dashboard" },
  progress: { label: "GET /api/v1/progress?role=data-scientist", method: "GET", path: "/api/v1/progress?role=data-scientist" },
  dashboardPage: { label: "GET /dashboard (HTML page)", method: "GET", path: "/dashboard" },
  // For reference beside goal 1: a signed-in user's /signin, the app's smallest page (a heading and a form, no data).
  // No page can be cheaper than what the framework spends rendering any page, so this row is the pages' own floor.
  smallestPage: { label: "GET /signin (the smallest page, for reference)", method: "GET", path: "/signin" },
  save: { label: "POST /api/v1/assessments", method: "POST", path: "/api/v1/assessments" },
};
export const PAGES = [
  { path: "/", auth: false },
  { path: "/roles", auth: false },
  { path: "/signin", auth: false },
  { path: "/assess", auth: true },
  { path: "/dashboard", auth: true },
  { path: "/compare", auth: true },
];
