import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, expect, test } from "vitest";
import { sourcesHash } from "@/scripts/build-stamp.mjs";
import { buildKeepingLastGood } from "@/scripts/build.mjs";

/**
 * scripts/build.mjs, the build step of `npm start` and `npm run build`, on a
 * checkout of its own with a stand-in for `next build` (the real one takes
 * minutes): a failed build leaves the last good one, and two servers started
 * together from one checkout build once, one after the other.
 */
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "skillgap-build-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() {}\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What `next build` leaves: a BUILD_ID, the pages, Next's cache. */
function succeeding(id: string) {
  return (at: string) => {
    rmSync(path.join(at, ".next"), { recursive: true, force: true });
    mkdirSync(path.join(at, ".next/cache"), { recursive: true });
    writeFileSync(path.join(at, ".next/BUILD_ID"), id);
    writeFileSync(path.join(at, ".next/cache/entry"), id);
    return true;
  };
}
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

test("builds once, then skips while the sources are unchanged", () => {
  expect(buildKeepingLastGood(root, succeeding("one"))).toBe("built");
  expect(buildKeepingLastGood(root, () => expect.unreachable("built again"))).toBe("current");
  expect(read(".next/BUILD_ID")).toBe("one");
});

test("a failed rebuild leaves the last good build in .next, with Next's cache, and tries again next time", () => {
  buildKeepingLastGood(root, succeeding("one"));
  writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() { return oops }\n");
  const failing = (at: string) => {
    // next build empties .next, then fails half way.
    rmSync(path.join(at, ".next/BUILD_ID"), { force: true });
    writeFileSync(path.join(at, ".next/half-written"), "");
    return false;
  };
  expect(buildKeepingLastGood(root, failing)).toBe("kept");
  expect(read(".next/BUILD_ID")).toBe("one");
  expect(read(".next/cache/entry")).toBe("one");
  expect(() => read(".next/half-written")).toThrow();
  expect(buildKeepingLastGood(root, succeeding("two"))).toBe("built");
  expect(read(".next/BUILD_ID")).toBe("two");
});

test("a failed first build reports that there is nothing to serve", () => {
  expect(buildKeepingLastGood(root, () => false)).toBe("failed");
});

test("the generated PostgreSQL client (absolute paths of the checkout) does not count as a source", () => {
  const before = sourcesHash(root);
  mkdirSync(path.join(root, "lib/db/generated/postgres"), { recursive: true });
  writeFileSync(path.join(root, "lib/db/generated/postgres/index.js"), `// ${root}`);
  expect(sourcesHash(root)).toBe(before);
  writeFileSync(path.join(root, "lib/db/client.ts"), "export {};\n");
  expect(sourcesHash(root)).not.toBe(before);
});

test("two servers starting together from one checkout build one after the other, and only once", async () => {
  const log = path.join(root, "builds.log");
  // Each process builds with a stand-in that takes a second and logs when it starts and ends.
  const script = `
    import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
    import { buildKeepingLastGood } from ${JSON.stringify(path.resolve("scripts/build.mjs"))};
    const outcome = buildKeepingLastGood(${JSON.stringify(root)}, (at) => {
      appendFileSync(${JSON.stringify(log)}, "start\\n");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
      mkdirSync(at + "/.next", { recursive: true });
      writeFileSync(at + "/.next/BUILD_ID", "one");
      appendFileSync(${JSON.stringify(log)}, "end\\n");
      return true;
    });
    console.log(outcome);`;
  const run = () => promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd() });
  const outcomes = (await Promise.all([run(), run()])).map(({ stdout }) => stdout.trim()).sort();
  expect(outcomes).toEqual(["built", "current"]);
  expect(read("builds.log")).toBe("start\nend\n");
});
