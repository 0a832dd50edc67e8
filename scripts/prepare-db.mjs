// Applies the committed migrations to the configured database (SQLite under
// ./data by default). Idempotent: a database that is up to date is left as is.
// The framework seed runs when the server starts (instrumentation.ts).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("data", { recursive: true });
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
