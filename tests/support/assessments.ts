import { randomUUID } from "node:crypto";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import type { Rating } from "@/lib/domain/assessment";
import { insertAssessment, insertAssessmentBatch } from "@/lib/db/assessments";
import { newAssessment } from "@/lib/domain/assessment";

/** Every skill of the catalogue at one level. */
export function allSkillsAt(level: number): Rating[] {
  return DEFAULT_FRAMEWORK.skills.map((skill) => ({ skill: skill.slug, level }));
}

/** FRAMEWORK.md's worked example: programming 3, statistics 4, mathematics 2, every other skill 0. */
export const WORKED_EXAMPLE: Rating[] = [
  { skill: "programming", level: 3 },
  { skill: "statistics", level: 4 },
  { skill: "mathematics", level: 2 },
];

/** Writes an assessment at a chosen date through the same preparation a save uses. */
export function recordAssessmentAt(userId: string, ratings: Rating[], createdAt: Date) {
  return insertAssessment(newAssessment(DEFAULT_FRAMEWORK, userId, ratings, { createdAt }));
}

/** Writes many assessments at chosen dates, each through the same preparation a save uses, in one transaction (the import's batch insert). */
export function recordAssessmentsAt(userId: string, entries: readonly { ratings: Rating[]; createdAt: Date }[]) {
  return insertAssessmentBatch(
    entries.map(({ ratings, createdAt }) => ({ ...newAssessment(DEFAULT_FRAMEWORK, userId, ratings, { createdAt }), id: randomUUID() })),
  );
}

/**
 * Fills an account with `count` unrated assessments a minute apart (ids `${idPrefix}-0`, `-1`, ...), written by the
 * import's own batch insert, readiness rows included, in one transaction: for tests about how many an account holds,
 * where importing them in the import's slices of 25 took seconds.
 */
export function fillWithUnratedAssessments(userId: string, count: number, idPrefix: string) {
  const unrated = newAssessment(DEFAULT_FRAMEWORK, userId, []);
  return insertAssessmentBatch(
    Array.from({ length: count }, (_, index) => ({
      ...unrated,
      id: `${idPrefix}-${index}`,
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)),
    })),
  );
}
