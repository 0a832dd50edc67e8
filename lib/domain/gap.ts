/**
 * The gap arithmetic of FRAMEWORK.md. Every screen and the API read their
 * numbers from here, so the browser's what-if mode and the server agree.
 */
import type { Framework, Role, RoleSkillTarget } from "./framework";
import { neededSkills } from "./framework";

/** A user's level per skill slug; a skill that is missing counts as 0. */
export type Levels = Readonly<Record<string, number>>;

const CORE_WEIGHT = 3;

export interface NextBestSkill {
  skill: string;
  level: number;
  target: number;
  weight: number;
  shortfall: number;
  /** Readiness gained (0-1) by raising this skill one level. */
  gain: number;
}

export interface RoleResult {
  role: string;
  /** 0-1, unrounded. */
  readiness: number;
  gap: number;
  weightedShortfall: number;
  /** Weighted shortfall over core (w = 3) skills: the ranking's tie-breaker. */
  coreShortfall: number;
  skillsMet: number;
  skillsTotal: number;
  nextBestSkill: NextBestSkill | null;
}

export function levelOf(levels: Levels, skill: string): number {
  return levels[skill] ?? 0;
}

export function shortfall(target: number, level: number): number {
  return Math.max(0, target - level);
}

/** sum(w * T) over the role's needed skills: the denominator of the gap. */
export function maxWeightedShortfall(role: Role): number {
  return neededSkills(role).reduce((sum, { target, weight }) => sum + weight * target, 0);
}

export function weightedShortfallBySkill(role: Role, levels: Levels) {
  return neededSkills(role).map(({ skill, target, weight }) => {
    const level = levelOf(levels, skill);
    return { skill, level, target, weight, shortfall: shortfall(target, level), weighted: weight * shortfall(target, level) };
  });
}

/**
 * The role's unmet skills, best to raise first: largest weight, then larger
 * shortfall, then catalogue order (the sort is stable).
 */
export function skillsToRaise(role: Role, levels: Levels): NextBestSkill[] {
  const total = maxWeightedShortfall(role);
  return neededSkills(role)
    .map(({ skill, target, weight }) => {
      const level = levelOf(levels, skill);
      return { skill, level, target, weight, shortfall: shortfall(target, level), gain: weight / total };
    })
    .filter((candidate) => candidate.shortfall > 0)
    .sort((a, b) => b.weight - a.weight || b.shortfall - a.shortfall);
}

export function nextBestSkill(role: Role, levels: Levels): NextBestSkill | null {
  return skillsToRaise(role, levels)[0] ?? null;
}

export function roleResult(role: Role, levels: Levels): RoleResult {
  const total = maxWeightedShortfall(role);
  const needed: readonly RoleSkillTarget[] = neededSkills(role);
  let weightedShortfall = 0;
  let coreShortfall = 0;
  let skillsMet = 0;
  for (const { skill, target, weight } of needed) {
    const missing = weight * shortfall(target, levelOf(levels, skill));
    weightedShortfall += missing;
    if (weight === CORE_WEIGHT) coreShortfall += missing;
    if (missing === 0) skillsMet += 1;
  }
  const gap = total === 0 ? 0 : weightedShortfall / total;
  return {
    role: role.slug,
    readiness: 1 - gap,
    gap,
    weightedShortfall,
    coreShortfall,
    skillsMet,
    skillsTotal: needed.length,
    nextBestSkill: nextBestSkill(role, levels),
  };
}

/** Role fit ranking: readiness, highest first; ties by smaller core shortfall, then framework order. */
export function rankRoles(results: readonly RoleResult[]): RoleResult[] {
  return [...results].sort((a, b) => b.readiness - a.readiness || a.coreShortfall - b.coreShortfall);
}

/** Every role's result, in framework order. */
export function allRoleResults(framework: Framework, levels: Levels): RoleResult[] {
  return framework.roles.map((role) => roleResult(role, levels));
}

export interface CrossRoleSkill {
  skill: string;
  level: number;
  /** Readiness gained (0-1) summed over every role the one-level raise helps. */
  totalGain: number;
  roles: string[];
}

/**
 * The skill whose one-level raise adds the most readiness summed over all roles;
 * ties by the larger summed shortfall, then catalogue order.
 */
export function nextBestSkillAcrossRoles(framework: Framework, levels: Levels): CrossRoleSkill | null {
  let best: CrossRoleSkill | null = null;
  let bestShortfall = 0;
  for (const { slug } of framework.skills) {
    const level = levelOf(levels, slug);
    let totalGain = 0;
    let totalShortfall = 0;
    const roles: string[] = [];
    for (const role of framework.roles) {
      const entry = role.skills.find((s) => s.skill === slug);
      if (!entry || entry.target <= level) continue;
      totalGain += entry.weight / maxWeightedShortfall(role);
      totalShortfall += entry.target - level;
      roles.push(role.slug);
    }
    if (totalGain === 0) continue;
    // Gains are sums of fractions: compare with a tolerance so equal gains reach the tie rule.
    const clearlyBetter = !best || totalGain > best.totalGain + 1e-12;
    const tiedButFurther = best !== null && Math.abs(totalGain - best.totalGain) <= 1e-12 && totalShortfall > bestShortfall;
    if (clearlyBetter || tiedButFurther) {
      best = { skill: slug, level, totalGain, roles };
      bestShortfall = totalShortfall;
    }
  }
  return best;
}

/** Readiness as users read it on screen: a whole-number percentage, "22%" (the API keeps the full precision). */
export function formatReadiness(readiness: number): string {
  return `${Math.round(readiness * 100)}%`;
}
