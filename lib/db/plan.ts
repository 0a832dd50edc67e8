import type { Levels } from "@/lib/domain/gap";
import { db } from "./client";

export interface PlanRow {
  skill: string;
  targetLevel: number;
  dueDate: Date | null;
  createdAt: Date;
  metAssessmentId: string | null;
  celebratedAt: Date | null;
}

/** Read on every dashboard render, so one raw statement (see findSessionUser for why raw). */
export function findPlan(userId: string): Promise<PlanRow[]> {
  return db.$queryRaw<PlanRow[]>`
    SELECT "skillSlug" AS "skill", "targetLevel", "dueDate", "createdAt", "metAssessmentId", "celebratedAt"
    FROM "PlanItem" WHERE "userId" = ${userId} ORDER BY "position" ASC`;
}

/** The writes that replace a user's plan whole, for a write-only transaction. */
export function planWrites(userId: string, items: readonly PlanRow[]) {
  return [
    db.planItem.deleteMany({ where: { userId } }),
    db.planItem.createMany({ data: items.map(({ skill, ...item }, position) => ({ userId, skillSlug: skill, position, ...item })) }),
  ];
}

export async function replacePlan(userId: string, items: readonly PlanRow[]): Promise<void> {
  await db.$transaction(planWrites(userId, items));
}

/** Marks the plan items that these levels reach, and that no earlier assessment had met, as met by this assessment. */
export async function markPlanItemsMet(userId: string, assessmentId: string, levels: Levels): Promise<void> {
  const open = await db.planItem.findMany({ where: { userId, metAssessmentId: null }, select: { skillSlug: true, targetLevel: true } });
  const met = open.filter((item) => (levels[item.skillSlug] ?? 0) >= item.targetLevel).map((item) => item.skillSlug);
  if (met.length === 0) return;
  await db.planItem.updateMany({
    where: { userId, skillSlug: { in: met }, metAssessmentId: null },
    data: { metAssessmentId: assessmentId },
  });
}

export async function markCelebrated(userId: string, skills: readonly string[], at: Date): Promise<void> {
  await db.planItem.updateMany({ where: { userId, skillSlug: { in: [...skills] }, celebratedAt: null }, data: { celebratedAt: at } });
}
