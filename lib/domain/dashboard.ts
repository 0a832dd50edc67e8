/** What the dashboard shows (GET /api/v1/dashboard), as the services build it. */
import type { Forecast, Trend } from "./trend";

/** Ratings this many days old or more are stale: the dashboard asks for a new assessment. */
export const STALE_AFTER_DAYS = 90;

/** One skill of the focus role, as the skill-gap chart draws it. */
export interface FocusSkill {
  skill: string;
  name: string;
  category: string;
  level: number;
  target: number;
  weight: number;
  weightedShortfall: number;
}

export interface DashboardRole {
  slug: string;
  name: string;
  readiness: number;
  skillsMet: number;
  skillsTotal: number;
  rank: number;
  nextBestSkill: { skill: string; name: string; level: number; target: number; gain: number } | null;
}

export interface Dashboard {
  assessedAt: string | null;
  targetRole: string | null;
  /** The best-fit role: what the dashboard suggests while no target is chosen. */
  suggestedRole: string | null;
  goal: { readiness: number; date: string | null };
  roles: DashboardRole[];
  nextAcrossRoles: { skill: string; name: string; totalGain: number; roles: string[] } | null;
  /** The role the charts show: the target, or else the suggestion. */
  focus: { role: string; skills: FocusSkill[] } | null;
  trend: Trend;
  forecast: Forecast;
  onTrack: boolean | null;
  stale: { since: string; days: number; skills: string[] } | null;
}

/**
 * Whether the user chose a goal: one who never did has the default, 100%
 * and no date, and is not told of "your goal of 100%" (setting exactly that
 * by hand reads the same, and is told the same).
 */
export function hasGoal(goal: Dashboard["goal"]): boolean {
  return goal.date !== null || goal.readiness < 1;
}

export interface ProgressPoint {
  assessmentId: string;
  at: string;
  readiness: number;
}

/** The same shape after a JSON round trip: dates become ISO strings. */
export type Serialized<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Serialized<T[K]> } : T;
