// `npm start`: migrate, build when the sources changed since the last build, serve.
import { spawn, spawnSync } from "node:child_process";
import { buildIsCurrent, recordBuild, sourcesHash } from "./build-stamp.mjs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-node-flags.mjs";

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

// next-server itself, not through npx, so a signal sent to `npm start` reaches the
// server: it is passed on, and this process ends the way the server ended.
const server = spawn(
  process.execPath,
  [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "--port", process.env.PORT ?? "3000"],
  {
    stdio: "inherit",
    env: { ...env, ...SERVER_ENV },
  },
);
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  if (!signal) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
