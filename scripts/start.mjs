// `npm start`: migrate, build when the sources changed since the last build, serve.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "prisma", "instrumentation.ts", "proxy.ts", "next.config.mjs", "package-lock.json"];
const STAMP = ".next/skillgap-sources.sha256";

function* files(entry) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  else yield entry;
}

function sourcesHash() {
  const hash = createHash("sha256");
  for (const source of SOURCES) for (const file of files(source)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ["scripts/prepare-db.mjs"]);
const hash = sourcesHash();
if (!existsSync(".next/BUILD_ID") || !existsSync(STAMP) || readFileSync(STAMP, "utf8") !== hash) {
  run("npx", ["next", "build"]);
  writeFileSync(STAMP, hash);
}
run("npx", ["next", "start", "--port", process.env.PORT ?? "3000"]);
