import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_FRAMEWORK, RATING_SCALE, SKILL_CATEGORIES } from "@/lib/domain/framework";

// The committed copy of FRAMEWORK.md; where the shared original sits beside the repo, it must match.
const FIXTURE = path.join(import.meta.dirname, "../fixtures/FRAMEWORK.md");
const SHARED = path.join(import.meta.dirname, "../../../shared/FRAMEWORK.md");
const markdown = readFileSync(FIXTURE, "utf8");

function tableRows(heading: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading))!;
  return section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2)
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

// Skipped, and reported as skipped, in a checkout without ../shared (a fresh clone, CI).
test.skipIf(!existsSync(SHARED))("the committed FRAMEWORK.md is the shared one (needs ../shared/FRAMEWORK.md beside the repo)", () => {
  expect(markdown).toBe(readFileSync(SHARED, "utf8"));
});

describe("skills and targets match FRAMEWORK.md row by row", () => {
  const rows = tableRows("Skills and targets");
  test("20 skills in 5 categories", () => {
    expect(rows).toHaveLength(20);
    expect(DEFAULT_FRAMEWORK.skills).toHaveLength(20);
    expect(new Set(DEFAULT_FRAMEWORK.skills.map((skill) => skill.category))).toEqual(new Set(SKILL_CATEGORIES));
  });
  test.each(rows.map((row, index) => [row[0]!, row, index] as const))("%s", (slug, row, index) => {
    const [, name, category, ...targets] = row;
    const skill = DEFAULT_FRAMEWORK.skills[index]!;
    expect(skill).toEqual({ slug, name, category });
    DEFAULT_FRAMEWORK.roles.forEach((role, column) => {
      const [target, weight] = targets[column]!.split("/").map(Number);
      expect(role.skills[index]).toEqual({ skill: slug, target, weight });
    });
  });
});

test("roles match FRAMEWORK.md: name, focus and typical employers", () => {
  const rows = tableRows("Roles");
  expect(DEFAULT_FRAMEWORK.roles.map(({ slug, name, focus, employers }) => [slug, name, focus, employers])).toEqual(rows);
});

test("the comparison levels of the source article", () => {
  expect(DEFAULT_FRAMEWORK.roles.map((role) => [role.mathLevel, role.programmingLevel, role.deploymentLevel])).toEqual([
    ["Good", "High", "Basic"],
    ["Moderate", "Very High (production)", "Expert"],
    ["Expert", "High (research)", "Minimal"],
  ]);
});

test("each role's responsibilities match FRAMEWORK.md", () => {
  for (const role of DEFAULT_FRAMEWORK.roles) {
    const label = role.name.replace("Machine Learning", "ML");
    const line = markdown.split("\n").find((text) => text.startsWith(`- ${label}:`))!;
    const listed = line
      .slice(line.indexOf(":") + 1)
      .replace(/\.$/, "")
      .split(";")
      .map((item) => item.trim().toLowerCase());
    expect(role.responsibilities.map((item) => item.toLowerCase())).toEqual(listed);
  }
});

test("the rating scale matches FRAMEWORK.md", () => {
  const rows = tableRows("Rating scale");
  expect(RATING_SCALE.map(({ level, name, descriptor }) => [String(level), name, descriptor])).toEqual(rows);
});
