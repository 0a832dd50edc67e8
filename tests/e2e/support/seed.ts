// Seeds data straight into the e2e server's SQLite file, through the same
// lib/db functions a save uses, for histories that need dates in the past.
import type { Rating } from "@/lib/domain/assessment";

process.env.DATABASE_URL ??= `file:./data/e2e-${process.env.E2E_PORT ?? 3100}/skillgap.db`;

/**
 * An account written straight into the suite's server's database, the way
 * sign-up writes one: the specs need far more accounts than one client
 * address may sign up in an hour (POST /api/v1/users is throttled per
 * address, and every spec runs from 127.0.0.1).
 */
export async function seedAccount(email: string, password: string, name: string | null): Promise<void> {
  const { createUserUnlessExists } = await import("@/lib/db/users");
  const { passwordHashOf } = await import("../../support/password-hash");
  await createUserUnlessExists({ email, name, passwordHash: await passwordHashOf(password) });
}

export async function seedAssessments(email: string, entries: { at: Date; ratings: Rating[] }[]) {
  const { db } = await import("@/lib/db/client");
  const { insertAssessment } = await import("@/lib/db/assessments");
  const { newAssessment } = await import("@/lib/domain/assessment");
  const { DEFAULT_FRAMEWORK } = await import("@/lib/domain/framework");
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  for (const { at, ratings } of entries) await insertAssessment(newAssessment(DEFAULT_FRAMEWORK, user.id, ratings, { createdAt: at }));
}

export async function allSkillsAt(level: number): Promise<Rating[]> {
  const { DEFAULT_FRAMEWORK } = await import("@/lib/domain/framework");
  return DEFAULT_FRAMEWORK.skills.map((skill) => ({ skill: skill.slug, level }));
}

/** A date as the pages show a calendar date (a due date, a goal date): "14 March 2027". */
export const utcDate = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at);
