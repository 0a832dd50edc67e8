import type Database from "better-sqlite3";
import { SKILLS } from "./bad-input";

/** A full assessment (every skill) that differs by client and by save, so rows can be told apart. */
export function ratingsFor(client: number, save: number) {
  return SKILLS.map((skill, index) => ({ skill, level: (client * 7 + save * 3 + index) % 6 }));
}

export interface SentSave {
  userId: string;
  note: string;
  ratings: { skill: string; level: number }[];
  /** The 201's answer. */
  answer: { id: string; readiness: Record<string, number> };
}

/**
 * What is wrong with an acknowledged save in the database: it must be there,
 * the user's, with its note, exactly its ratings, and one readiness row per
 * role carrying the readiness the 201 announced.
 */
export function saveProblems(db: Database.Database, save: SentSave): string[] {
  const problems: string[] = [];
  const row = db.prepare("SELECT userId, note FROM Assessment WHERE id = ?").get(save.answer.id) as
    { userId: string; note: string | null } | undefined;
  if (!row) return [`${save.answer.id}: missing`];
  if (row.userId !== save.userId) problems.push(`${save.answer.id}: belongs to ${row.userId}`);
  if (row.note !== save.note) problems.push(`${save.answer.id}: note ${JSON.stringify(row.note)}`);
  const ratings = db.prepare("SELECT skillSlug AS skill, level FROM Rating WHERE assessmentId = ? ORDER BY skillSlug").all(save.answer.id);
  const expected = [...save.ratings].sort((a, b) => (a.skill < b.skill ? -1 : 1));
  if (JSON.stringify(ratings) !== JSON.stringify(expected)) problems.push(`${save.answer.id}: ratings ${JSON.stringify(ratings)}`);
  const readiness = db.prepare("SELECT roleSlug, readiness FROM RoleReadiness WHERE assessmentId = ?").all(save.answer.id) as {
    roleSlug: string;
    readiness: number;
  }[];
  const announced = Object.entries(save.answer.readiness);
  if (readiness.length !== announced.length || announced.length !== 3)
    problems.push(`${save.answer.id}: ${readiness.length} readiness rows`);
  for (const [role, value] of announced) {
    if (readiness.find((entry) => entry.roleSlug === role)?.readiness !== value) problems.push(`${save.answer.id}: readiness for ${role}`);
  }
  return problems;
}

/** Assessments that lack their ratings or a readiness row per role: an interrupted write would leave these. */
export function incompleteAssessments(db: Database.Database, ratingsEach = SKILLS.length): string[] {
  return db
    .prepare(
      `SELECT a.id FROM Assessment a
       WHERE (SELECT count(*) FROM Rating r WHERE r.assessmentId = a.id) <> ?
          OR (SELECT count(*) FROM RoleReadiness r WHERE r.assessmentId = a.id) <> (SELECT count(*) FROM Role)`,
    )
    .pluck()
    .all(ratingsEach) as string[];
}

/** Signs of SQLite contention in an answer or a server log. */
export const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|busy/i;
