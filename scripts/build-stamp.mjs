// The source stamp of a production build, shared by `npm start` and the bench:
// a build in .next is reused only while nothing it was built from has changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Everything a build depends on: the sources, the build's own configuration, the dependencies and the .env files Next reads. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "tsconfig.json",
  "postcss.config.mjs",
  "package.json",
  "package-lock.json",
];
const STAMP = ".next/skillgap-sources.sha256";

/**
 * Left out: the generated PostgreSQL client is made from prisma/postgres/schema.prisma (an input) on install, and
 * its files hold the checkout's absolute path, so a copied checkout would rebuild for nothing.
 */
const GENERATED = path.join("lib", "db", "generated");

function* files(entry, root) {
  if (!existsSync(entry) || path.relative(root, entry) === GENERATED) return;
  if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name), root);
  else yield entry;
}

function envFiles(root) {
  return readdirSync(root)
    .filter((name) => name.startsWith(".env"))
    .sort();
}

/** The hash of the names and contents of every file in these files and folders below `root`. */
export function contentHash(inputs, root = ".") {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of files(path.join(root, input), root)) hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

/** The hash of every build input below `root` (the current directory by default). */
export function sourcesHash(root = ".") {
  return contentHash([...BUILD_INPUTS, ...envFiles(root)], root);
}

/** True when .next holds a build of exactly these inputs. */
export function buildIsCurrent(hash, root = ".") {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
}

/** Records that the build in .next was made from these inputs. */
export function recordBuild(hash, root = ".") {
  writeFileSync(path.join(root, STAMP), hash);
}
