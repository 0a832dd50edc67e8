// The JSON shapes the dashboard reads from the API (GET /api/v1/dashboard, GET /api/v1/progress).
import type { Forecast, Trend } from "@/lib/domain/trend";

type Serialized<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Serialized<T[K]> } : T;

export interface DashboardData {
  assessedAt: string | null;
  targetRole: string | null;
  suggestedRole: string | null;
  goal: { readiness: number; date: string | null };
  roles: {
    slug: string;
    name: string;
    readiness: number;
    skillsMet: number;
    skillsTotal: number;
    rank: number;
    nextBestSkill: { skill: string; name: string; level: number; target: number; gain: number } | null;
  }[];
  nextAcrossRoles: { skill: string; name: string; totalGain: number; roles: string[] } | null;
  focus: { role: string; skills: { skill: string; name: string; level: number; target: number; weight: number; weightedShortfall: number }[] } | null;
  trend: Trend;
  forecast: Serialized<Forecast>;
  onTrack: boolean | null;
  stale: { since: string; days: number; skills: string[] } | null;
}

export interface ProgressPoint {
  assessmentId: string;
  at: string;
  readiness: number;
}
