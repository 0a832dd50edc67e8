import { describe, expect, test } from "vitest";
import { describeForecast } from "@/components/dashboard/describe";
import { formatDateTime, formatPoints, formatReadiness, shareAMinute, wholePoints } from "@/components/format";
import { hasGoal } from "@/lib/domain/dashboard";

test.each([
  [0.217, "22%"],
  [0.2164, "22%"],
  [0, "0%"],
  [1, "100%"],
  [0.995, "100%"],
] as const)("readiness %f reads %s on screen", (share, expected) => {
  expect(formatReadiness(share)).toBe(expected);
});

test.each([
  [3 / 106, "3 points"],
  [1 / 106, "1 point"],
  [13.2 / 100, "13 points"],
  [0.004, "less than 1 point"],
  [0, "0 points"],
] as const)("a share of %f reads %s", (share, expected) => {
  expect(formatPoints(share)).toBe(expected);
});

test("a skill's cost reads as whole points of 100", () => {
  // Software engineering for the ML Engineer: 5 levels short at weight 3, 15 of 119 weighted levels.
  expect(`${wholePoints(15 / 119)} of 100 points`).toBe("13 of 100 points");
  expect(`${wholePoints(1 / 500)} of 100 points`).toBe("less than 1 of 100 points");
});

describe("a goal nobody set is never called one", () => {
  const never = { readiness: 1, date: null };
  test("the default goal, 100% and no date, is no goal; any other is", () => {
    expect(hasGoal(never)).toBe(false);
    expect(hasGoal({ readiness: 0.9, date: null })).toBe(true);
    expect(hasGoal({ readiness: 1, date: "2027-06-30" })).toBe(true);
  });

  test("the forecast speaks of a goal only when there is one", () => {
    expect(describeForecast({ kind: "reached" }, never)).toBe("You meet every target of the role.");
    expect(describeForecast({ kind: "reached" }, { readiness: 0.8, date: null })).toBe("You have reached your goal of 80%.");
    expect(describeForecast({ kind: "date", date: "2027-03-14T00:00:00.000Z" }, never)).toBe(
      "At this pace you reach 100% on 14 March 2027.",
    );
  });
});

describe("moments", () => {
  test("to the minute, to the second only when asked, in the zone given", () => {
    expect(formatDateTime("2027-03-14T09:05:12Z", "UTC")).toBe("14 Mar 2027, 09:05 UTC");
    expect(formatDateTime("2027-03-14T09:05:12Z", "UTC", { seconds: true })).toBe("14 Mar 2027, 09:05:12 UTC");
  });

  test("two moments in one minute share it; a minute apart, or one alone, do not", () => {
    expect(shareAMinute(["2027-03-14T09:05:12Z", "2027-03-14T09:05:59Z"])).toBe(true);
    expect(shareAMinute(["2027-03-14T09:05:59Z", "2027-03-14T09:06:00Z"])).toBe(false);
    expect(shareAMinute(["2027-03-14T09:05:12Z"])).toBe(false);
  });
});
