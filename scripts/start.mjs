// `npm start`: migrate, build when the sources changed since the last build, serve (scripts/serve.mjs keeps the server
// running and drains it on SIGTERM).
import { spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuild, sourcesHash } from "./build-stamp.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ["scripts/prepare-db.mjs"]);
const hash = sourcesHash();
if (!buildIsCurrent(hash)) {
  run("npx", ["next", "build"]);
  recordBuild(hash);
}
await import("./serve.mjs");
