import type { Levels } from "./gap";

export interface Rating {
  skill: string;
  level: number;
  note?: string | null;
}

export function levelsOf(ratings: readonly Rating[]): Levels {
  return Object.fromEntries(ratings.map((rating) => [rating.skill, rating.level]));
}

export interface SkillChange {
  skill: string;
  from: number;
  to: number;
}

/** Skills whose level differs between two assessments (an unrated skill counts as 0), in catalogue order. */
export function changedSkills(skills: readonly string[], before: Levels, after: Levels): SkillChange[] {
  return skills.map((skill) => ({ skill, from: before[skill] ?? 0, to: after[skill] ?? 0 })).filter((change) => change.from !== change.to);
}
