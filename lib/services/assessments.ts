import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import {
  countAssessmentsUpTo,
  findAssessment,
  findByIdempotencyKey,
  findLatestAssessment,
  insertAssessment,
  isUniqueViolation,
  listAssessmentPage,
  type AssessmentRow,
} from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import { markPlanItemsMet } from "@/lib/db/plan";
import {
  changedSkills,
  levelsOf,
  newAssessment,
  unratedSkills,
  type NewAssessment,
  type Rating,
  type SkillChange,
} from "@/lib/domain/assessment";
import { idempotencyKeyReused, notFound, validationFailed } from "@/lib/domain/errors";
import { unknownSkillFields, type Framework } from "@/lib/domain/framework";
import { DAY_MS } from "@/lib/domain/time";
import {
  ACCOUNT_MAX_ASSESSMENTS,
  type AssessmentDetail,
  type AssessmentListItem,
  type AssessmentListQuery,
  type AssessmentPage,
  type AssessmentSummary,
  type SaveAssessmentData,
} from "@/lib/schemas/assessment";

const IDEMPOTENCY_WINDOW_MS = DAY_MS;

/** Refuses a save (adding undefined) or an import (adding its count) that would take the account past ACCOUNT_MAX_ASSESSMENTS. */
export const accountFull = (held: number, adding?: number) => {
  const limit = `An account holds at most ${ACCOUNT_MAX_ASSESSMENTS.toLocaleString("en")} assessments: yours has ${held.toLocaleString("en")}`;
  return validationFailed({
    assessments:
      adding === undefined ? `${limit}, so this one was not saved.` : `${limit}, and this file would add ${adding.toLocaleString("en")}.`,
  });
};

type SummaryRow = Pick<AssessmentRow, "id" | "createdAt" | "note" | "frameworkVersion" | "readiness">;

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    note: row.note,
    frameworkVersion: row.frameworkVersion,
    readiness: Object.fromEntries(row.readiness.map((entry) => [entry.roleSlug, entry.readiness])),
  };
}

function toDetail(row: AssessmentRow, framework: Framework): AssessmentDetail {
  const ratings = row.ratings.map(({ skillSlug, level, note, byChoice }) => ({ skill: skillSlug, level, note, byChoice }));
  return {
    ...toSummary(row),
    ratings,
    unratedSkills: unratedSkills(
      framework.skills.map((skill) => skill.slug),
      ratings,
    ),
  };
}

/**
 * Saves a new assessment. With an idempotency key, a retry or a double
 * submit within 24 hours answers with the first save instead of a second one.
 */
export async function saveAssessment(
  user: CurrentUser,
  { ratings: rated, note, rateUnratedAsZero }: SaveAssessmentData,
  key?: string,
  now = new Date(),
): Promise<{ replayed: boolean; assessment: AssessmentSummary }> {
  const framework = await loadFramework();
  const unknownSkills = unknownSkillFields(framework, rated, "ratings");
  if (Object.keys(unknownSkills).length) throw validationFailed(unknownSkills);
  const ratings = rateUnratedAsZero
    ? [
        ...rated,
        ...unratedSkills(
          framework.skills.map((skill) => skill.slug),
          rated,
        ).map((skill) => ({ skill, level: 0, byChoice: false })),
      ]
    : rated;

  const windowStart = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
  const requestHash = createHash("sha256").update(JSON.stringify({ ratings, note })).digest("hex");
  const replay = async () => {
    const earlier = key ? await findByIdempotencyKey(user.id, key, windowStart) : null;
    if (!earlier) return null;
    // Replaying another body's save would tell the client its changes were saved when they were not.
    if (earlier.requestHash !== null && earlier.requestHash !== requestHash) throw idempotencyKeyReused();
    return { replayed: true, assessment: toSummary(earlier.assessment) };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  // Checked before the write, not inside it: a read in SQLite's deferred transaction invites SQLITE_BUSY.
  // Saves racing this check may all pass it, leaving the account a few over: the cap bounds its size, not to the row.
  const held = await countAssessmentsUpTo(user.id, ACCOUNT_MAX_ASSESSMENTS);
  if (held >= ACCOUNT_MAX_ASSESSMENTS) throw accountFull(held);
  const assessment = newAssessment(framework, user.id, ratings, {
    createdAt: now,
    note: note || null,
    idempotencyKey: key ? { key, requestHash } : undefined,
  });
  try {
    const saved = await insertAssessment(assessment, windowStart);
    await markPlanItemsMet(user.id, saved.id, levelsOf(ratings));
    return { replayed: false, assessment: toSummary({ ...assessment, ...saved, readiness: readinessRows(assessment) }) };
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its save.
    const raced = isUniqueViolation(error) ? await replay() : null;
    if (raced) return raced;
    throw error;
  }
}

function readinessRows(assessment: NewAssessment) {
  return assessment.results.map((result) => ({
    roleSlug: result.role,
    readiness: result.readiness,
    skillsMet: result.skillsMet,
    weightedShortfall: result.weightedShortfall,
  }));
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  // The date never contains "|"; an imported id may, so only the first one separates them.
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const separator = text.indexOf("|");
  const id = separator < 0 ? "" : text.slice(separator + 1);
  const createdAt = new Date(text.slice(0, Math.max(separator, 0)));
  // A forged date outside years 0-9999 is not one the database can compare with.
  const year = createdAt.getUTCFullYear();
  if (!id || Number.isNaN(createdAt.getTime()) || year < 0 || year > 9999)
    throw validationFailed({ cursor: "This cursor is not one the API gave out." });
  return { createdAt, id };
}

/** GET /assessments: newest first, a page at a time, with how many skills changed since the one before. */
export async function listAssessments(user: CurrentUser, { limit, cursor }: AssessmentListQuery): Promise<AssessmentPage> {
  const framework = await loadFramework();
  const { rows, hasMore, previous } = await listAssessmentPage(user.id, limit, cursor ? decodeCursor(cursor) : undefined);
  const skills = framework.skills.map((skill) => skill.slug);
  const items: AssessmentListItem[] = rows.map((row, index) => {
    const before = rows[index + 1] ?? previous;
    return {
      ...toSummary(row),
      changedSkills: before ? changedSkills(skills, levelsOf(ratingsOf(before)), levelsOf(ratingsOf(row))).length : null,
    };
  });
  const last = rows[rows.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
}

function ratingsOf(row: AssessmentRow): Rating[] {
  return row.ratings.map(({ skillSlug, level }) => ({ skill: skillSlug, level }));
}

/** One of the user's assessments; another user's id is a 404, exactly like a missing one. */
export async function getAssessment(user: CurrentUser, id: string): Promise<AssessmentDetail> {
  const [row, framework] = await Promise.all([findAssessment(user.id, id), loadFramework()]);
  if (!row) throw notFound("Assessment");
  return toDetail(row, framework);
}

/** Where the form starts: the user's latest assessment, or nothing yet. */
export async function getLatestAssessment(user: CurrentUser): Promise<AssessmentDetail | null> {
  const [row, framework] = await Promise.all([findLatestAssessment(user.id), loadFramework()]);
  return row ? toDetail(row, framework) : null;
}

export interface AssessmentComparison {
  before: AssessmentDetail;
  after: AssessmentDetail;
  changes: SkillChange[];
  readinessChange: Record<string, number>;
}

/** What changed between two of the user's assessments, the older one first. */
export async function compareAssessments(user: CurrentUser, firstId: string, secondId: string): Promise<AssessmentComparison> {
  const [first, second] = await Promise.all([getAssessment(user, firstId), getAssessment(user, secondId)]);
  const [before, after] = first.createdAt <= second.createdAt ? [first, second] : [second, first];
  const framework = await loadFramework();
  const skills = framework.skills.map((skill) => skill.slug);
  return {
    before,
    after,
    // A skill saved as 0 without a choice reads as unrated, as everywhere else.
    changes: changedSkills(skills, levelsOf(before.ratings.filter((r) => r.byChoice)), levelsOf(after.ratings.filter((r) => r.byChoice))),
    readinessChange: Object.fromEntries(
      Object.keys(after.readiness).map((role) => [role, after.readiness[role]! - (before.readiness[role] ?? 0)]),
    ),
  };
}
