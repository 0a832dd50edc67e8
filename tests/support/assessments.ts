import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import type { Rating } from "@/lib/domain/assessment";
import { insertAssessment } from "@/lib/db/assessments";
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
