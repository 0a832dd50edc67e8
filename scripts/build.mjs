// `npm run build` (and the build step of `npm start`): builds .next unless it was built from these very sources.
//
// - Servers started together from one checkout take turns: the build runs under an exclusive lock (a SQLite
//   transaction on .next-build.lock, released by the OS if the holder dies), and the one that waited finds the build
//   current and skips it. Two `next build`s at once failed ("Another next build process is already running").
// - A failed build leaves the last good one in place: `next build` empties .next before it builds, so the good build
//   is moved aside first (keeping Next's cache for the new build) and moved back when the build fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { buildIsCurrent, recordBuild, sourcesHash } from "./build-stamp.mjs";

const LOCK_WAIT_MS = 30 * 60_000;

function nextBuild(root) {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return result.status === 0;
}

/**
 * Builds unless current; `build` runs the build in `root` and says whether it
 * succeeded. Returns "current", "built", "kept" (the build failed, the last
 * good build is in place) or "failed" (the build failed and there was none).
 */
export function buildKeepingLastGood(root = ".", build = nextBuild) {
  const lock = new Database(path.join(root, ".next-build.lock"), { timeout: LOCK_WAIT_MS });
  lock.exec("BEGIN EXCLUSIVE");
  try {
    const hash = sourcesHash(root);
    if (buildIsCurrent(hash, root)) return "current";
    const dist = path.join(root, ".next");
    const lastGood = path.join(root, ".next-last-good");
    rmSync(lastGood, { recursive: true, force: true });
    const hadBuild = existsSync(path.join(dist, "BUILD_ID"));
    if (hadBuild) {
      renameSync(dist, lastGood);
      if (existsSync(path.join(lastGood, "cache"))) {
        mkdirSync(dist);
        renameSync(path.join(lastGood, "cache"), path.join(dist, "cache"));
      }
    }
    if (build(root) && existsSync(path.join(dist, "BUILD_ID"))) {
      recordBuild(hash, root);
      rmSync(lastGood, { recursive: true, force: true });
      return "built";
    }
    if (!hadBuild) return "failed";
    const cache = existsSync(path.join(dist, "cache")) ? path.join(root, ".next-cache-kept") : null;
    if (cache) {
      rmSync(cache, { recursive: true, force: true });
      renameSync(path.join(dist, "cache"), cache);
    }
    rmSync(dist, { recursive: true, force: true });
    renameSync(lastGood, dist);
    if (cache) renameSync(cache, path.join(dist, "cache"));
    return "kept";
  } finally {
    lock.exec("COMMIT");
    lock.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const outcome = buildKeepingLastGood();
  if (outcome === "current") console.log("build: skipped, .next was built from these very sources");
  if (outcome === "kept") console.error("build: FAILED; the last good build is still in .next (built from older sources)");
  if (outcome === "failed") console.error("build: FAILED, and there is no earlier build");
  process.exit(outcome === "current" || outcome === "built" ? 0 : 1);
}
