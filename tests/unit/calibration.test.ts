import { describe, expect, test } from "vitest";
import { blindSpots, calibrate } from "@/lib/domain/calibration";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import type { Levels } from "@/lib/domain/gap";

// The owner is FRAMEWORK.md's worked example; the reviewer sees programming
// one level lower, mathematics one higher and EDA at 2 where the owner has 0.
const SELF: Levels = { programming: 3, statistics: 4, mathematics: 2 };
const REVIEWER: Levels = { programming: 2, statistics: 4, mathematics: 3, eda: 2 };

describe("calibrate", () => {
  const calibration = calibrate(DEFAULT_FRAMEWORK, SELF, REVIEWER);

  test("one entry per skill in catalogue order, difference = self - reviewer", () => {
    expect(calibration.skills.map((entry) => entry.skill)).toEqual(DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug));
    const of = (skill: string) => calibration.skills.find((entry) => entry.skill === skill);
    expect(of("programming")).toEqual({ skill: "programming", self: 3, reviewer: 2, difference: 1 });
    expect(of("statistics")).toEqual({ skill: "statistics", self: 4, reviewer: 4, difference: 0 });
    expect(of("mathematics")).toEqual({ skill: "mathematics", self: 2, reviewer: 3, difference: -1 });
    expect(of("eda")).toEqual({ skill: "eda", self: 0, reviewer: 2, difference: -2 });
    expect(of("cloud")).toEqual({ skill: "cloud", self: 0, reviewer: 0, difference: 0 });
  });

  // Hand-computed: sum(w*T) is 106 (DS), 119 (MLE), 115 (MLR).
  // Self weighted shortfall 83, 106, 88 (FRAMEWORK.md's worked example).
  // Reviewer: DS 6 (programming 2*3) + 4 (EDA 2*2) + 71 (the rest in full) = 81;
  // MLE 9 (programming 3*3) + 98 = 107; MLR 6 + 3 + 6 (programming, statistics, mathematics) + 71 = 86.
  test.each([
    ["data-scientist", 1 - 83 / 106, 1 - 81 / 106],
    ["ml-engineer", 1 - 106 / 119, 1 - 107 / 119],
    ["ml-researcher", 1 - 88 / 115, 1 - 86 / 115],
  ])("readiness for %s: self %f, reviewer %f", (role, self, reviewer) => {
    expect(calibration.readiness.self![role]).toBeCloseTo(self, 12);
    expect(calibration.readiness.reviewer[role]).toBeCloseTo(reviewer, 12);
  });

  test("with no self-assessment to compare, the owner's side is null and the reviewer's still counts", () => {
    const alone = calibrate(DEFAULT_FRAMEWORK, null, REVIEWER);
    expect(alone.readiness.self).toBeNull();
    expect(alone.readiness.reviewer["data-scientist"]).toBeCloseTo(25 / 106, 12);
    expect(alone.skills[0]).toEqual({ skill: "programming", self: null, reviewer: 2, difference: null });
  });
});

describe("blindSpots", () => {
  test("rated above the reviewer, and below, largest difference first", () => {
    const spots = blindSpots(calibrate(DEFAULT_FRAMEWORK, SELF, REVIEWER).skills);
    expect(spots.overrated.map((entry) => entry.skill)).toEqual(["programming"]);
    expect(spots.underrated.map((entry) => [entry.skill, entry.difference])).toEqual([
      ["eda", -2],
      ["mathematics", -1],
    ]);
  });

  test("at most `count` each way; equal differences keep catalogue order", () => {
    const everywhereHigher = Object.fromEntries(DEFAULT_FRAMEWORK.skills.map((skill) => [skill.slug, 3]));
    const spots = blindSpots(calibrate(DEFAULT_FRAMEWORK, everywhereHigher, { cloud: 1 }).skills, 2);
    expect(spots.overrated.map((entry) => entry.skill)).toEqual(["programming", "statistics"]);
    expect(spots.underrated).toEqual([]);
  });

  test("agreement everywhere: no blind spots", () => {
    expect(blindSpots(calibrate(DEFAULT_FRAMEWORK, SELF, SELF).skills)).toEqual({ overrated: [], underrated: [] });
  });

  test("no self-assessment: nothing to call a blind spot", () => {
    expect(blindSpots(calibrate(DEFAULT_FRAMEWORK, null, REVIEWER).skills)).toEqual({ overrated: [], underrated: [] });
  });
});
