/**
 * A second opinion set beside the owner's own: per skill, the owner's level,
 * the reviewer's and the difference, and per role the readiness each set of
 * levels gives under FRAMEWORK.md's arithmetic.
 */
import type { Framework } from "./framework";
import { allRoleResults, levelOf, type Levels } from "./gap";

export interface SkillCalibration {
  skill: string;
  /** The owner's level, or null when the owner had no assessment before the review came in. */
  self: number | null;
  reviewer: number;
  /** self - reviewer: positive where the owner rates themself higher than the reviewer does. */
  difference: number | null;
}

export interface Calibration {
  skills: SkillCalibration[];
  readiness: { self: Record<string, number> | null; reviewer: Record<string, number> };
}

export function readinessByRole(framework: Framework, levels: Levels): Record<string, number> {
  return Object.fromEntries(allRoleResults(framework, levels).map((result) => [result.role, result.readiness]));
}

export function calibrate(framework: Framework, self: Levels | null, reviewer: Levels): Calibration {
  return {
    skills: framework.skills.map(({ slug }) => {
      const own = self ? levelOf(self, slug) : null;
      const theirs = levelOf(reviewer, slug);
      return { skill: slug, self: own, reviewer: theirs, difference: own === null ? null : own - theirs };
    }),
    readiness: { self: self ? readinessByRole(framework, self) : null, reviewer: readinessByRole(framework, reviewer) },
  };
}

export interface BlindSpots {
  /** Where the owner rates themself highest above the reviewer, largest difference first. */
  overrated: SkillCalibration[];
  /** Where the owner rates themself furthest below the reviewer, largest difference first. */
  underrated: SkillCalibration[];
}

/** The skills with the largest disagreement each way; ties keep catalogue order. */
export function blindSpots(skills: readonly SkillCalibration[], count = 3): BlindSpots {
  const by = (sign: 1 | -1) =>
    skills
      .filter((entry) => entry.difference !== null && sign * entry.difference > 0)
      .sort((a, b) => sign * (b.difference! - a.difference!))
      .slice(0, count);
  return { overrated: by(1), underrated: by(-1) };
}
