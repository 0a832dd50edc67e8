import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const ROOT = path.join(import.meta.dirname, "../..");
/** client.ts chooses the adapter from the engine; dialect.ts holds every SQL text that differs between the engines. */
const MAY_BRANCH = ["lib/db/client.ts", "lib/db/dialect.ts"];

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

test("no file of the app but lib/db/client.ts and lib/db/dialect.ts branches on the database engine", () => {
  const branching = ["app", "components", "lib"]
    .flatMap(sources)
    .filter((file) => !MAY_BRANCH.includes(file))
    .filter((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      return /\bengine\b[^\n]*["']postgres["']|["']postgres["'][^\n]*\bengine\b|\[engine\]|import\s*{[^}]*\bengine\b[^}]*}\s*from\s*["'][^"']*client["']/.test(
        text,
      );
    });
  expect(branching).toEqual([]);
});

test("the check sees a branch where one is written", () => {
  // A control: the pattern finds the branches dialect.ts is allowed to make.
  const dialect = readFileSync(path.join(ROOT, "lib/db/dialect.ts"), "utf8");
  expect(/\[engine\]/.test(dialect)).toBe(true);
});
