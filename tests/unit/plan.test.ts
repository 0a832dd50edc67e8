import { describe, expect, test } from "vitest";
import { DEFAULT_FRAMEWORK, findRole } from "@/lib/domain/framework";
import { addWeeks, isPastDate, nextStep, planProgress, readinessGain, suggestPlan } from "@/lib/domain/plan";

const role = (slug: string) => findRole(DEFAULT_FRAMEWORK, slug)!;
// FRAMEWORK.md's worked example: programming 3, statistics 4, mathematics 2, every other skill 0.
const WORKED = { programming: 3, statistics: 4, mathematics: 2 };
// sum(w*T): 106 for the Data Scientist (FRAMEWORK.md), 119 for the ML Engineer, 115 for the ML Researcher (summed by hand from its table).

describe("readiness gain of reaching a plan item's target, for the worked example", () => {
  test.each([
    ["data-scientist", "programming", 4, 3 / 106, "3 -> 4 at w=3"],
    ["data-scientist", "programming", 5, 3 / 106, "past the role's target 4 adds nothing more"],
    ["data-scientist", "statistics", 5, 0, "already at the target 4"],
    ["data-scientist", "mathematics", 5, 1 / 106, "2 -> 3 (target 3) at w=1"],
    ["data-scientist", "data-visualization", 2, 6 / 106, "0 -> 2 at w=3"],
    ["data-scientist", "publishing", 4, 0, "the role does not need it"],
    ["ml-engineer", "cloud", 4, 12 / 119, "0 -> 4 at w=3"],
    ["ml-engineer", "programming", 5, 6 / 119, "3 -> 5 at w=3"],
    ["ml-engineer", "containers", 1, 2 / 119, "0 -> 1 at w=2"],
    ["ml-researcher", "mathematics", 5, 9 / 115, "2 -> 5 at w=3"],
    ["ml-researcher", "algorithm-design", 3, 6 / 115, "0 -> 3 at w=2"],
  ] as const)("%s, %s to %i: %f (%s)", (roleSlug, skill, target, expected, _why) => {
    expect(readinessGain(role(roleSlug), WORKED, skill, target)).toBeCloseTo(expected, 12);
  });

  test("the gain is the readiness the dashboard would show after the raise, less today's", () => {
    const before = 1 - 83 / 106; // 21.70%, FRAMEWORK.md
    const after = 1 - (83 - 6) / 106; // data visualisation 0 -> 2 removes w*2 = 6
    expect(readinessGain(role("data-scientist"), WORKED, "data-visualization", 2)).toBeCloseTo(after - before, 12);
  });
});

test("plan progress: current level, met by the latest levels, gain only while unmet, celebrated once, the next step while the role asks more", () => {
  const progress = planProgress(
    role("data-scientist"),
    WORKED,
    [
      { skill: "programming", targetLevel: 4, dueDate: "2027-01-31", metAssessmentId: null, celebrated: false },
      { skill: "statistics", targetLevel: 4, dueDate: null, metAssessmentId: "a1", celebrated: false },
      { skill: "mathematics", targetLevel: 2, dueDate: null, metAssessmentId: "a0", celebrated: true },
    ],
    "2027-03-01",
  );
  expect(progress.map(({ skill, currentLevel, met, celebrate }) => [skill, currentLevel, met, celebrate])).toEqual([
    ["programming", 3, false, false],
    ["statistics", 4, true, true],
    ["mathematics", 2, true, false],
  ]);
  expect(progress[0]!.readinessGain).toBeCloseTo(3 / 106, 12);
  expect(progress[1]!.readinessGain).toBe(0);
  // Statistics is met at the Data Scientist's target 4: nothing more to offer. Mathematics is met at 2, short of the target 3.
  expect(progress.map((item) => item.nextStep)).toEqual([null, null, { skill: "mathematics", targetLevel: 3, dueDate: "2027-03-29" }]);
});

describe("the suggested plan", () => {
  test("the role's next best skills in the dashboard's order, each one level up, due four weeks apart", () => {
    // Unmet w=3 skills of the Data Scientist: programming (short 1), data visualisation, ML frameworks and business (short 4 each).
    expect(suggestPlan(role("data-scientist"), WORKED, "2027-01-30")).toEqual([
      { skill: "data-visualization", targetLevel: 1, dueDate: "2027-02-27" },
      { skill: "ml-frameworks", targetLevel: 1, dueDate: "2027-03-27" },
      { skill: "business-domain", targetLevel: 1, dueDate: "2027-04-24" },
    ]);
  });

  test("no step jumps more than one level, however far the role's target", () => {
    // Every skill one level short of 5 but data visualisation, at 1: the ML Researcher's 5s are each one step away.
    const nearlyThere = { ...Object.fromEntries(DEFAULT_FRAMEWORK.skills.map((skill) => [skill.slug, 4])), "data-visualization": 1 };
    for (const slug of ["data-scientist", "ml-engineer", "ml-researcher"]) {
      for (const levels of [{}, WORKED, nearlyThere]) {
        for (const item of suggestPlan(role(slug), levels, "2027-01-01"))
          expect(item.targetLevel).toBe(((levels as Record<string, number>)[item.skill] ?? 0) + 1);
      }
    }
  });

  test("a role whose every target is met suggests nothing", () => {
    const allMet = Object.fromEntries(DEFAULT_FRAMEWORK.skills.map((skill) => [skill.slug, 5]));
    expect(suggestPlan(role("ml-engineer"), allMet, "2027-01-01")).toEqual([]);
  });
});

test("a met step's next step: the same skill one level above where it now is, due four weeks on; none past 5", () => {
  expect(nextStep("statistics", 4, "2027-12-20")).toEqual({ skill: "statistics", targetLevel: 5, dueDate: "2028-01-17" });
  expect(nextStep("statistics", 2, "2027-02-14")).toEqual({ skill: "statistics", targetLevel: 3, dueDate: "2027-03-14" });
  expect(nextStep("statistics", 5, "2027-02-14")).toBeNull();
});

test.each([
  ["2027-01-31", 4, "2027-02-28"],
  ["2028-02-01", 4, "2028-02-29"],
  ["2026-12-20", 2, "2027-01-03"],
] as const)("%s plus %i weeks is %s", (date, weeks, expected) => {
  expect(addWeeks(date, weeks)).toBe(expected);
});

test.each([
  ["2026-11-28T05:00:00Z", "2026-11-27", false, "still today at UTC-12"],
  ["2026-11-28T05:00:00Z", "2026-11-26", true, "ended everywhere"],
  ["2026-11-28T13:00:00Z", "2026-11-27", true, "ended everywhere by 12:00 UTC the next day"],
  ["2026-11-28T13:00:00Z", "2026-11-28", false, "today"],
  ["2026-11-28T13:00:00Z", "2027-02-01", false, "future"],
])("at %s, %s is past: %s (%s)", (now, date, past, _why) => {
  expect(isPastDate(date, new Date(now))).toBe(past);
});
