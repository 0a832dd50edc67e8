import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const directory = mkdtempSync(path.join(tmpdir(), "skillgap-test-"));
process.env.DATABASE_URL = `file:${path.join(directory, "test.db")}`;
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
const { seed } = await import("@/prisma/seed");
await seed();
