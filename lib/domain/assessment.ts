import type { Levels } from "./gap";

export interface Rating {
  skill: string;
  level: number;
  note?: string | null;
  /** false: left unrated, and saved as 0 (None) because the user chose to rate the rest as 0. */
  byChoice?: boolean;
}

/** The skills of the catalogue the user did not rate themselves (each counts as 0). */
export function unratedSkills(skills: readonly string[], ratings: readonly Rating[]): string[] {
  const chosen = new Set(ratings.filter((rating) => rating.byChoice !== false).map((rating) => rating.skill));
  return skills.filter((skill) => !chosen.has(skill));
}

export function levelsOf(ratings: readonly Rating[]): Levels {
  return Object.fromEntries(ratings.map((rating) => [rating.skill, rating.level]));
}

export interface SkillChange {
  skill: string;
  /** null: not rated in that assessment (it counted as 0). */
  from: number | null;
  to: number | null;
}

/** Skills whose level differs between two assessments (an unrated skill counts as 0), in catalogue order. */
export function changedSkills(skills: readonly string[], before: Levels, after: Levels): SkillChange[] {
  return skills
    .map((skill) => ({ skill, from: before[skill] ?? null, to: after[skill] ?? null }))
    .filter((change) => (change.from ?? 0) !== (change.to ?? 0));
}
