// The server Playwright tests run against: a production build (made by
// scripts/test.mjs before) on a fresh SQLite file of its own, or on the
// PostgreSQL database in DATABASE_URL (scripts/test.mjs makes a fresh one).
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

const port = process.argv[2] ?? "3100";
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
Object.assign(process.env, {
  DATABASE_URL: onPostgres ? process.env.DATABASE_URL : `file:./data/e2e-${port}/skillgap.db`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
});
if (!onPostgres) rmSync(`data/e2e-${port}`, { recursive: true, force: true });
execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit" });
// A copy of the freshly migrated file, before any data: the specs' own SQLite servers (tests/e2e/support/server.ts)
// start on a copy of it, so that their start-up migration check finds nothing to do instead of running Prisma again.
if (!onPostgres) {
  const migrated = new Database(`data/e2e-${port}/skillgap.db`);
  migrated.exec(`VACUUM INTO 'data/e2e-${port}/migrated-template.db'`);
  migrated.close();
}
const server = spawn(
  process.execPath,
  [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", port, "--hostname", "127.0.0.1"],
  {
    stdio: "inherit",
    env: { ...process.env, ...SERVER_ENV },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
