import { describe, expect, test } from "vitest";
import { DEFAULT_FRAMEWORK, findRole, type Framework, type Role } from "@/lib/domain/framework";
import {
  allRoleResults,
  formatReadiness,
  maxWeightedShortfall,
  nextBestSkill,
  nextBestSkillAcrossRoles,
  rankRoles,
  roleResult,
  shortfall,
  type Levels,
} from "@/lib/domain/gap";

const role = (slug: string) => findRole(DEFAULT_FRAMEWORK, slug)!;
const WORKED_EXAMPLE: Levels = { programming: 3, statistics: 4, mathematics: 2 };
const everySkillAt = (level: number): Levels => Object.fromEntries(DEFAULT_FRAMEWORK.skills.map((s) => [s.slug, level]));

describe("shortfall of a skill", () => {
  test.each([
    [4, 3, 1],
    [4, 4, 0],
    [4, 5, 0],
    [0, 0, 0],
    [5, 0, 5],
  ])("target %i at level %i falls short by %i", (target, level, expected) => {
    expect(shortfall(target, level)).toBe(expected);
  });
});

describe("FRAMEWORK.md's worked example", () => {
  test("sum(w*T) for Data Scientist is 106", () => {
    expect(maxWeightedShortfall(role("data-scientist"))).toBe(106);
  });

  test.each([
    ["data-scientist", 83, 0.78302, "22%"],
    ["ml-engineer", undefined, 0.89076, "11%"],
    ["ml-researcher", undefined, 0.76522, "23%"],
  ] as const)("%s", (slug, weightedShortfall, gap, shown) => {
    const result = roleResult(role(slug), WORKED_EXAMPLE);
    if (weightedShortfall !== undefined) expect(result.weightedShortfall).toBe(weightedShortfall);
    expect(result.gap).toBeCloseTo(gap, 4);
    expect(result.readiness).toBeCloseTo(1 - gap, 4);
    expect(formatReadiness(result.readiness)).toBe(shown);
  });

  test("readiness to four decimals: 21.70%, 10.92%, 23.48%", () => {
    const readiness = allRoleResults(DEFAULT_FRAMEWORK, WORKED_EXAMPLE).map((r) => Number((r.readiness * 100).toFixed(2)));
    expect(readiness).toEqual([21.7, 10.92, 23.48]);
  });

  test("role fit ranking: Researcher, Data Scientist, Engineer", () => {
    expect(rankRoles(allRoleResults(DEFAULT_FRAMEWORK, WORKED_EXAMPLE)).map((r) => r.role)).toEqual([
      "ml-researcher",
      "data-scientist",
      "ml-engineer",
    ]);
  });

  test("skills met counts levels at or above target", () => {
    // DS: statistics 4/4 met; publishing has target 0 and is not one of the role's skills.
    expect(roleResult(role("data-scientist"), WORKED_EXAMPLE)).toMatchObject({ skillsMet: 1, skillsTotal: 19 });
    // MLE: statistics 4 >= 2 and mathematics 2 >= 2.
    expect(roleResult(role("ml-engineer"), WORKED_EXAMPLE)).toMatchObject({ skillsMet: 2, skillsTotal: 19 });
  });
});

describe("a level above target does not offset another skill's shortfall", () => {
  test("statistics 5 for a DS target of 4 adds nothing", () => {
    const atTarget = roleResult(role("data-scientist"), { statistics: 4 });
    const above = roleResult(role("data-scientist"), { statistics: 5 });
    expect(above.readiness).toBe(atTarget.readiness);
  });
});

describe("edge cases", () => {
  test.each([
    ["no ratings at all", {}, 0, 0],
    ["every skill at 5", everySkillAt(5), 1, 19],
  ] as const)("%s", (_name, levels, readiness, skillsMet) => {
    for (const result of allRoleResults(DEFAULT_FRAMEWORK, levels)) {
      expect(result.readiness).toBe(readiness);
      if (readiness === 1) {
        expect(result.skillsMet).toBe(result.skillsTotal);
        expect(result.nextBestSkill).toBeNull();
      } else {
        expect(result.skillsMet).toBe(0);
      }
    }
    expect(allRoleResults(DEFAULT_FRAMEWORK, levels)[0]!.skillsMet).toBe(skillsMet);
  });

  test("above target everywhere: 100% and no next best skill, across roles either", () => {
    expect(nextBestSkillAcrossRoles(DEFAULT_FRAMEWORK, everySkillAt(5))).toBeNull();
  });
});

describe("next best skill", () => {
  test.each([
    // Largest weight wins: for DS the core (w=3) skills come first; programming is first in catalogue order
    // among them but statistics is met, so the largest shortfall among w=3 skills decides.
    ["data-scientist", WORKED_EXAMPLE, "data-visualization", 3 / 106],
    // Tie on weight and shortfall: catalogue order decides (programming before cloud, etc.).
    ["ml-engineer", {}, "programming", 3 / maxWeightedShortfall(role("ml-engineer"))],
    // Tie on weight, larger shortfall wins: MLR programming short by 1, mathematics short by 5 (both w=3).
    [
      "ml-researcher",
      { programming: 3, statistics: 5, "ml-theory": 5, "research-methods": 5 },
      "mathematics",
      3 / maxWeightedShortfall(role("ml-researcher")),
    ],
    // Only a lower-weight skill left: it is chosen.
    ["data-scientist", { ...everySkillAt(5), monitoring: 0 }, "monitoring", 2 / 106],
  ] as const)("%s", (slug, levels, expected, gain) => {
    const best = nextBestSkill(role(slug), levels);
    expect(best?.skill).toBe(expected);
    expect(best?.gain).toBeCloseTo(gain, 10);
  });

  test("its gain is exactly the readiness lifted by one level", () => {
    const before = roleResult(role("data-scientist"), WORKED_EXAMPLE);
    const skill = before.nextBestSkill!.skill;
    const after = roleResult(role("data-scientist"), { ...WORKED_EXAMPLE, [skill]: (WORKED_EXAMPLE[skill] ?? 0) + 1 });
    expect(after.readiness - before.readiness).toBeCloseTo(before.nextBestSkill!.gain, 10);
  });

  test("across all roles: the skill that lifts the summed readiness most", () => {
    const best = nextBestSkillAcrossRoles(DEFAULT_FRAMEWORK, {})!;
    // Programming is core (w=3) for all three roles, so nothing else can beat it from zero.
    expect(best.skill).toBe("programming");
    expect(best.roles).toEqual(["data-scientist", "ml-engineer", "ml-researcher"]);
    const total = DEFAULT_FRAMEWORK.roles.reduce((sum, r) => sum + 3 / maxWeightedShortfall(r), 0);
    expect(best.totalGain).toBeCloseTo(total, 10);
  });
});

describe("ranking ties", () => {
  // Two roles with the same readiness: the one with the smaller core (w=3) shortfall ranks first.
  const skills = [
    { slug: "a", name: "A", category: "Foundations" as const },
    { slug: "b", name: "B", category: "Foundations" as const },
  ];
  const make = (slug: string, a: [number, number], b: [number, number]): Role => ({
    slug,
    name: slug,
    focus: "",
    employers: "",
    mathLevel: "",
    programmingLevel: "",
    deploymentLevel: "",
    responsibilities: [],
    skills: [
      { skill: "a", target: a[0], weight: a[1] },
      { skill: "b", target: b[0], weight: b[1] },
    ],
  });
  const framework: Framework = {
    version: "test",
    skills,
    // Both have sum(w*T) = 6. At a=1, b=2 both fall short by 3 of 6 (readiness 50%),
    // but all of core-short's shortfall is in its core skill a.
    roles: [make("core-short", [2, 3], [0, 1]), make("core-met", [2, 1], [4, 1])],
  };

  test.each([
    ["equal readiness: smaller core shortfall first", { a: 1, b: 2 }, ["core-met", "core-short"]],
    ["higher readiness first whatever the core shortfall", { a: 2, b: 0 }, ["core-short", "core-met"]],
  ] as const)("%s", (_name, levels, order) => {
    const results = allRoleResults(framework, levels);
    if (order[0] === "core-met") expect(results[0]!.readiness).toBe(results[1]!.readiness);
    const ranked = rankRoles(results);
    expect(ranked.map((r) => r.role)).toEqual(order);
  });
});
