// `npm start`: migrate, build when the sources changed since the last build (scripts/build.mjs: one build at a time
// per checkout, and a failed build leaves the last good one), serve (scripts/serve.mjs keeps the server running and
// drains it on SIGTERM).
import { spawnSync } from "node:child_process";
import { buildKeepingLastGood } from "./build.mjs";

const migrated = spawnSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit" });
if (migrated.status !== 0) process.exit(migrated.status ?? 1);
const outcome = buildKeepingLastGood();
if (outcome === "failed") {
  console.error("npm start: the build failed and there is no earlier build to serve.");
  process.exit(1);
}
if (outcome === "kept") console.error("npm start: the build FAILED; serving the last good build, made from older sources.");
await import("./serve.mjs");
