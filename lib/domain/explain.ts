/**
 * Readiness taken apart with a user's own figures, so the dashboard can say
 * where the missing points go (FRAMEWORK.md: readiness = 1 - sum(w*shortfall) / sum(w*T)).
 */

export interface SkillStanding {
  skill: string;
  name: string;
  level: number;
  target: number;
  weight: number;
  weightedShortfall: number;
}

export interface SkillCost extends SkillStanding {
  levelsShort: number;
  /** Readiness (0-1) this skill's shortfall costs. */
  cost: number;
}

export interface ReadinessBreakdown {
  /** sum(w * T): the weighted levels the role asks for. */
  weightedTarget: number;
  /** sum(w * shortfall): the weighted levels missing. */
  weightedShortfall: number;
  /** Skills with a shortfall, the costliest first (ties in catalogue order). */
  costs: SkillCost[];
}

export function readinessBreakdown(skills: readonly SkillStanding[]): ReadinessBreakdown {
  const weightedTarget = skills.reduce((sum, s) => sum + s.weight * s.target, 0);
  const costs = skills
    .filter((s) => s.weightedShortfall > 0)
    .map((s) => ({ ...s, levelsShort: s.target - s.level, cost: weightedTarget === 0 ? 0 : s.weightedShortfall / weightedTarget }))
    .sort((a, b) => b.weightedShortfall - a.weightedShortfall);
  return { weightedTarget, weightedShortfall: costs.reduce((sum, s) => sum + s.weightedShortfall, 0), costs };
}

export type WeightKind = "core" | "responsibility" | "supporting";

/** FRAMEWORK.md's weights in words: 3 core skill, 2 drawn from the responsibilities, 1 supporting. */
export function weightKind(weight: number): WeightKind {
  return weight >= 3 ? "core" : weight === 2 ? "responsibility" : "supporting";
}

export const WEIGHT_LABELS: Record<WeightKind, string> = {
  core: "core skill",
  responsibility: "day-to-day responsibility",
  supporting: "supporting skill",
};
