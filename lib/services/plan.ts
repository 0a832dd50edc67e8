import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findLatestLevels } from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import { findPlan, markCelebrated, replacePlan, type PlanRow } from "@/lib/db/plan";
import { levelsOf } from "@/lib/domain/assessment";
import { validationFailed, type FieldErrors } from "@/lib/domain/errors";
import { findRole, levelName, type Framework, type Role } from "@/lib/domain/framework";
import { allRoleResults, levelOf, rankRoles, type Levels } from "@/lib/domain/gap";
import {
  isPastDate,
  nextStep,
  PLAN_MAX_ITEMS,
  planProgress,
  suggestPlan,
  type Plan,
  type PlanEntry,
  type SkillStanding,
  type PlanItemProgress,
} from "@/lib/domain/plan";
import { stepResources } from "@/lib/domain/skill-guides";
import type { Celebrated, SavePlan } from "@/lib/schemas/plan";

interface Context {
  framework: Framework;
  levels: Levels;
  role: Role | undefined;
}

async function loadContext(user: CurrentUser): Promise<Context> {
  const [framework, latest] = await Promise.all([loadFramework(), findLatestLevels(user.id)]);
  const levels = latest ? levelsOf(latest.ratings) : {};
  // Ranking every role is only needed to suggest one while no target is chosen.
  const bestFit = () => (latest ? rankRoles(allRoleResults(framework, levels))[0]?.role : undefined);
  return { framework, levels, role: findRole(framework, user.targetRoleSlug ?? bestFit() ?? "") };
}

function named(framework: Framework, entries: PlanItemProgress[]): PlanEntry[] {
  return entries.map((entry) => ({
    ...entry,
    name: framework.skills.find((skill) => skill.slug === entry.skill)?.name ?? entry.skill,
    resources: stepResources(entry.skill, entry.targetLevel),
  }));
}

function toPlan({ framework, levels, role }: Context, rows: readonly PlanRow[], now: Date): Plan {
  const today = now.toISOString().slice(0, 10);
  const stored = rows.map((row) => ({
    skill: row.skill,
    targetLevel: row.targetLevel,
    dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
    metAssessmentId: row.metAssessmentId,
    celebrated: row.celebratedAt !== null,
  }));
  const suggested = role ? suggestPlan(role, levels, today).map((item) => ({ ...item, metAssessmentId: null, celebrated: false })) : [];
  return {
    role: role ? { slug: role.slug, name: role.name } : null,
    maxItems: PLAN_MAX_ITEMS,
    items: named(framework, planProgress(role, levels, stored, today)),
    suggestion: named(framework, planProgress(role, levels, suggested, today)),
  };
}

export async function getPlan(user: CurrentUser, now = new Date()): Promise<Plan> {
  const [context, rows] = await Promise.all([loadContext(user), findPlan(user.id)]);
  return toPlan(context, rows, now);
}

/**
 * Replaces the plan. A new or changed item must aim above the user's current
 * level and may not be due in the past; an item kept as it was keeps its
 * due date and the assessment that met it, so a met item can stay in the plan.
 */
export async function savePlan(user: CurrentUser, { items }: SavePlan, now = new Date()): Promise<Plan> {
  const [context, before] = await Promise.all([loadContext(user), findPlan(user.id)]);
  const known = new Set(context.framework.skills.map((skill) => skill.slug));
  const fields: FieldErrors = {};
  const rows = items.map((item, index): PlanRow => {
    const dueDate = item.dueDate ?? null;
    const kept = before.find(
      (row) =>
        row.skill === item.skill && row.targetLevel === item.targetLevel && (row.dueDate?.toISOString().slice(0, 10) ?? null) === dueDate,
    );
    if (!known.has(item.skill)) fields[`items.${index}.skill`] = `Unknown skill "${item.skill.slice(0, 64)}".`;
    else if (!kept) {
      const current = levelOf(context.levels, item.skill);
      if (item.targetLevel <= current)
        fields[`items.${index}.targetLevel`] = `Aim above your current level, ${current} ${levelName(current)}.`;
      if (dueDate && isPastDate(dueDate, now)) fields[`items.${index}.dueDate`] = "Choose a date that is not in the past.";
    }
    return (
      kept ?? {
        skill: item.skill,
        targetLevel: item.targetLevel,
        dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
        createdAt: now,
        metAssessmentId: null,
        celebratedAt: null,
      }
    );
  });
  if (Object.keys(fields).length) throw validationFailed(fields);
  await replacePlan(user.id, rows);
  return toPlan(context, rows, now);
}

/** Remembers that the dashboard celebrated these met items, so it does so once. */
export async function markPlanCelebrated(user: CurrentUser, { skills }: Celebrated, now = new Date()): Promise<void> {
  await markCelebrated(user.id, skills, now);
}

export async function getSkillStanding(user: CurrentUser, slug: string, now = new Date()): Promise<SkillStanding> {
  const { levels, role } = await loadContext(user);
  const level = levelOf(levels, slug);
  return {
    assessed: Object.keys(levels).length > 0,
    level,
    role: role
      ? {
          slug: role.slug,
          name: role.name,
          target: role.skills.find((entry) => entry.skill === slug)?.target ?? 0,
          chosen: role.slug === user.targetRoleSlug,
        }
      : null,
    step: nextStep(slug, level, now.toISOString().slice(0, 10)),
  };
}
