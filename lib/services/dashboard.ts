import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findLatestLevels } from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import { readinessSeries, storedReadinessSeries } from "@/lib/db/readiness";
import { isoDateOfStored } from "@/lib/db/stored-date";
import { downsampledPositions } from "@/lib/domain/downsample";
import { levelsOf } from "@/lib/domain/assessment";
import { validationFailed } from "@/lib/domain/errors";
import { CHOOSE_A_ROLE, findRole, type Framework } from "@/lib/domain/framework";
import { allRoleResults, nextBestSkillAcrossRoles, rankRoles, weightedShortfallBySkill, type Levels } from "@/lib/domain/gap";
import { STALE_AFTER_DAYS, type Dashboard, type DashboardRole, type ProgressPoint } from "@/lib/domain/dashboard";
import { DAY_MS } from "@/lib/domain/time";
import { forecastGoal, isOnTrack, readinessTrend, TREND_WINDOW_DAYS } from "@/lib/domain/trend";
import type { ProgressQuery } from "@/lib/schemas/progress";

/** The most points a progress series returns; longer histories are down-sampled. */
export const PROGRESS_MAX_POINTS = 200;

function skillName(framework: Framework, slug: string): string {
  return framework.skills.find((skill) => skill.slug === slug)?.name ?? slug;
}

function skillCategory(framework: Framework, slug: string): string {
  return framework.skills.find((skill) => skill.slug === slug)?.category ?? "";
}

/** Whose dashboard: the signed-in user, or the owner of a shared profile. */
export type DashboardOwner = Pick<CurrentUser, "id" | "targetRoleSlug" | "goalDate" | "goalReadiness">;

export async function getDashboard(user: DashboardOwner, now = new Date()): Promise<Dashboard> {
  const [framework, latest] = await Promise.all([loadFramework(), findLatestLevels(user.id)]);
  const levels: Levels = latest ? levelsOf(latest.ratings) : {};
  const goal = { readiness: user.goalReadiness, date: user.goalDate?.toISOString().slice(0, 10) ?? null };

  const ranked = latest ? rankRoles(allRoleResults(framework, levels)) : [];
  const roles: DashboardRole[] = ranked.map((result, index) => ({
    slug: result.role,
    name: findRole(framework, result.role)!.name,
    readiness: result.readiness,
    skillsMet: result.skillsMet,
    skillsTotal: result.skillsTotal,
    rank: index + 1,
    nextBestSkill: result.nextBestSkill && { ...result.nextBestSkill, name: skillName(framework, result.nextBestSkill.skill) },
  }));
  const suggestedRole = roles[0]?.slug ?? null;
  const focusRole = findRole(framework, user.targetRoleSlug ?? suggestedRole ?? "");
  const across = latest ? nextBestSkillAcrossRoles(framework, levels) : null;

  const series = focusRole ? await readinessSeries(user.id, focusRole.slug, new Date(now.getTime() - TREND_WINDOW_DAYS * DAY_MS)) : [];
  const points = series.map((row) => ({ at: row.createdAt, readiness: row.readiness }));
  const trend = readinessTrend(points, now);
  const forecast = forecastGoal(points.at(-1), trend, user.goalReadiness);
  const staleDays = latest ? Math.floor((now.getTime() - latest.createdAt.getTime()) / DAY_MS) : 0;

  return {
    assessedAt: latest?.createdAt.toISOString() ?? null,
    targetRole: user.targetRoleSlug,
    suggestedRole,
    goal,
    roles,
    nextAcrossRoles: across && { ...across, name: skillName(framework, across.skill) },
    focus:
      focusRole && latest
        ? {
            role: focusRole.slug,
            skills: weightedShortfallBySkill(focusRole, levels).map((entry) => ({
              skill: entry.skill,
              name: skillName(framework, entry.skill),
              category: skillCategory(framework, entry.skill),
              level: entry.level,
              target: entry.target,
              weight: entry.weight,
              weightedShortfall: entry.weighted,
            })),
          }
        : null,
    trend,
    forecast,
    onTrack: isOnTrack(forecast, user.goalDate),
    stale:
      latest && staleDays >= STALE_AFTER_DAYS
        ? {
            since: latest.createdAt.toISOString(),
            days: staleDays,
            skills: framework.skills.map((s) => s.slug).filter((slug) => slug in levels),
          }
        : null,
  };
}

/**
 * A role's readiness at each assessment, read from the rows stored when each
 * was saved (history is never recomputed). Over 200 points it is down-sampled,
 * keeping the first, the last, and each bucket's lowest and highest.
 */
export async function getProgress(user: CurrentUser, { role }: ProgressQuery): Promise<ProgressPoint[]> {
  const framework = await loadFramework();
  if (!findRole(framework, role)) throw validationFailed({ role: CHOOSE_A_ROLE });
  return progressOf(user.id, role);
}

export async function progressOf(userId: string, role: string): Promise<ProgressPoint[]> {
  const { assessmentIds, dates, readiness } = await storedReadinessSeries(userId, role);
  return downsampledPositions(readiness, PROGRESS_MAX_POINTS).map((position) => ({
    assessmentId: assessmentIds[position]!,
    at: isoDateOfStored(dates[position]!),
    readiness: readiness[position]!,
  }));
}
