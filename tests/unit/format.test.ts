import { expect, test } from "vitest";
import { formatPercent, formatPoints } from "@/components/format";

test.each([
  [0.217, "22%"],
  [0.2164, "22%"],
  [0, "0%"],
  [1, "100%"],
  [0.995, "100%"],
] as const)("readiness %f reads %s on screen", (share, expected) => {
  expect(formatPercent(share)).toBe(expected);
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
