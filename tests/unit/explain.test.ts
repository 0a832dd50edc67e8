import { describe, expect, it } from "vitest";
import { readinessBreakdown, weightKind } from "@/lib/domain/explain";
import { roleResult } from "@/lib/domain/gap";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { weightedShortfallBySkill } from "@/lib/domain/gap";

describe("readinessBreakdown", () => {
  it("orders the shortfalls by the points they cost, which add up to what readiness misses", () => {
    const skills = [
      { skill: "a", name: "A", level: 4, target: 5, weight: 3, weightedShortfall: 3 },
      { skill: "b", name: "B", level: 0, target: 5, weight: 1, weightedShortfall: 5 },
      { skill: "c", name: "C", level: 2, target: 2, weight: 2, weightedShortfall: 0 },
    ];
    const breakdown = readinessBreakdown(skills);
    expect(breakdown.weightedTarget).toBe(15 + 5 + 4);
    expect(breakdown.costs.map((c) => [c.skill, c.levelsShort, c.cost])).toEqual([
      ["b", 5, 5 / 24],
      ["a", 1, 3 / 24],
    ]);
  });

  it("agrees with the role's readiness for the default framework", () => {
    const role = DEFAULT_FRAMEWORK.roles[0]!;
    const levels = { programming: 1, statistics: 3, eda: 5 };
    const skills = weightedShortfallBySkill(role, levels).map((s) => ({ ...s, name: s.skill, weightedShortfall: s.weighted }));
    const lost = readinessBreakdown(skills).costs.reduce((sum, c) => sum + c.cost, 0);
    expect(1 - lost).toBeCloseTo(roleResult(role, levels).readiness, 10);
  });
});

describe("weightKind", () => {
  it.each([
    [3, "core"],
    [2, "responsibility"],
    [1, "supporting"],
  ])("weight %i is a %s skill", (weight, kind) => expect(weightKind(weight)).toBe(kind));
});
