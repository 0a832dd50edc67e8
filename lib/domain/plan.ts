/**
 * The learning plan's arithmetic: what reaching a plan item's target would
 * add to the focus role's readiness, which items the latest assessment
 * meets, and the plan the dashboard suggests. Built on the gap arithmetic of
 * gap.ts, so the plan and the dashboard never disagree.
 */
import type { Role } from "./framework";
import { levelOf, maxWeightedShortfall, roleResult, skillsToRaise, type Levels } from "./gap";
import type { LearningResource } from "./skill-guides";

export const PLAN_MAX_ITEMS = 5;
export const SUGGESTED_PLAN_SIZE = 3;
export const PLAN_TARGET_MIN = 1;
export const PLAN_TARGET_MAX = 5;
/** A suggested step is due this many weeks after the one before it (the first, after today): a level a month. */
export const STEP_WEEKS = 4;

export interface PlanItem {
  skill: string;
  targetLevel: number;
  /** YYYY-MM-DD. */
  dueDate: string | null;
}

export interface StoredPlanItem extends PlanItem {
  metAssessmentId: string | null;
  celebrated: boolean;
}

export interface PlanItemProgress extends PlanItem {
  currentLevel: number;
  /** The latest assessment reaches the target. */
  met: boolean;
  /** The first assessment that reached the target, once one has. */
  metAssessmentId: string | null;
  /** Readiness (0-1) for the focus role that reaching the target would add now. */
  readinessGain: number;
  /** Met, and the dashboard has not celebrated it yet. */
  celebrate: boolean;
  /** Met, and the role asks for more of the skill: the next level, offered in its place. */
  nextStep: PlanItem | null;
}

export type PlanEntry = PlanItemProgress & {
  name: string;
  /** Where to learn what the target level asks for (skill-guides.ts's stepResources). */
  resources: LearningResource[];
};

/** GET /plan. */
export interface Plan {
  /** The role readiness gains are counted for: the target, else the best fit; null before a first assessment. */
  role: { slug: string; name: string } | null;
  maxItems: number;
  items: PlanEntry[];
  /** The next best skills for the role, each one level up and due a step apart: a plan to adopt in one click. */
  suggestion: PlanEntry[];
}

/** Where the user stands in one skill, for its guide page: their level, what their role expects, and the step to plan. */
export interface SkillStanding {
  /** False before a first assessment: the level then means nothing yet. */
  assessed: boolean;
  level: number;
  /** The target role, else the best fit, with its target in this skill (0: not needed). */
  role: { slug: string; name: string; target: number; chosen: boolean } | null;
  /** One level up from the user's level, due four weeks from today; none at the top of the scale. */
  step: PlanItem | null;
}

/**
 * Readiness (0-1) that raising a skill to a level would add to a role: the
 * weighted shortfall it removes over the role's sum(w*T). A level above the
 * role's target adds nothing past the target; a skill the role does not need adds nothing.
 */
export function readinessGain(role: Role, levels: Levels, skill: string, targetLevel: number): number {
  const raised = { ...levels, [skill]: Math.max(levelOf(levels, skill), targetLevel) };
  const total = maxWeightedShortfall(role);
  return total === 0 ? 0 : (roleResult(role, levels).weightedShortfall - roleResult(role, raised).weightedShortfall) / total;
}

/** Each item's progress against the latest levels; today (YYYY-MM-DD) dates the next step a met item offers. */
export function planProgress(role: Role | undefined, levels: Levels, items: readonly StoredPlanItem[], today: string): PlanItemProgress[] {
  return items.map((item) => {
    const currentLevel = levelOf(levels, item.skill);
    const met = currentLevel >= item.targetLevel;
    const roleTarget = role?.skills.find((entry) => entry.skill === item.skill)?.target ?? 0;
    return {
      skill: item.skill,
      targetLevel: item.targetLevel,
      dueDate: item.dueDate,
      currentLevel,
      met,
      metAssessmentId: item.metAssessmentId,
      readinessGain: role ? readinessGain(role, levels, item.skill, item.targetLevel) : 0,
      celebrate: met && !item.celebrated,
      nextStep: met && currentLevel < roleTarget ? nextStep(item.skill, currentLevel, today) : null,
    };
  });
}

/** A calendar date (YYYY-MM-DD) some weeks after another. */
export function addWeeks(date: string, weeks: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + weeks * 7);
  return day.toISOString().slice(0, 10);
}

/** The step after one that is met: the same skill one level above where it now is, due a step from today; none past the scale's top. */
export function nextStep(skill: string, currentLevel: number, today: string): PlanItem | null {
  return currentLevel >= PLAN_TARGET_MAX ? null : { skill, targetLevel: currentLevel + 1, dueDate: addWeeks(today, STEP_WEEKS) };
}

/**
 * What the dashboard offers to adopt as a plan: the role's next best skills,
 * each one level up from where it is (a level is a month's work; nothing
 * jumps from 0 to the role's 5), due STEP_WEEKS apart from today.
 */
export function suggestPlan(role: Role, levels: Levels, today: string, size = SUGGESTED_PLAN_SIZE): PlanItem[] {
  return skillsToRaise(role, levels)
    .slice(0, size)
    .map(({ skill, level }, index) => ({ skill, targetLevel: level + 1, dueDate: addWeeks(today, STEP_WEEKS * (index + 1)) }));
}

/**
 * A due date is in the past once that day has ended everywhere: compared
 * with today in the earliest time zone (UTC-12), so a user west of UTC can
 * still pick their own today.
 */
export function isPastDate(date: string, now: Date): boolean {
  const earliestToday = new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return date < earliestToday;
}
