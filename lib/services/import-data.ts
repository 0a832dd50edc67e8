import "server-only";
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import {
  countAssessments,
  deleteAssessments,
  findExistingAssessmentIds,
  insertAssessmentBatch,
  isUniqueViolation,
} from "@/lib/db/assessments";
import { knownFrameworkVersions, loadFramework } from "@/lib/db/framework";
import { findPlan, planWrites, type PlanRow } from "@/lib/db/plan";
import { findExistingReviewIds, importedReviewWrites } from "@/lib/db/reviews";
import { newAssessment } from "@/lib/domain/assessment";
import { conflict, validationFailed, type FieldErrors } from "@/lib/domain/errors";
import { yieldToEventLoop } from "@/lib/async/event-loop";
import { unknownSkillFields, type Framework } from "@/lib/domain/framework";
import { ACCOUNT_MAX_ASSESSMENTS, type ExportDocument, type ImportQuery } from "@/lib/schemas/assessment";
import { accountFull } from "./assessments";

// A slice of assessments is checked, or computed and written, in a few
// milliseconds (50 took about 8 on a busy machine); between slices the event
// loop serves other requests (SQLite runs each statement on it).
const IMPORT_SLICE = 25;
// Checking an assessment against the framework takes microseconds: more of them go between two turns.
const CHECKED_PER_SLICE = 250;

// Accounts with an import under way in this process: a second one at once is refused rather
// than queued (each holds its parsed file), and never races the first to the same ids.
const importing = new Set<string>();
const alreadyImporting = () => conflict("import_running", "An import is already running for this account: try again when it has finished.");

/**
 * Takes a JSON export back. All of it is validated before any of it is
 * written; it is then written in slices, each its own short transaction, so
 * other requests are served meanwhile. Should a slice fail, or the account
 * end up over ACCOUNT_MAX_ASSESSMENTS (a save made meanwhile, or an import
 * in another server process), the slices already written are deleted: an
 * import that fails leaves nothing behind. One import per account at a time.
 * Assessments the user
 * already has (same id) are skipped; an id that belongs to another account
 * is given a new one, so nobody's data is touched. Ratings, notes and dates
 * are kept, and so is the framework version when this database knows it (an
 * export made before a content update still imports); readiness is computed
 * from the ratings with the targets in force, the only ones the database keeps.
 * Answered reviews come back with their ratings, but without a link: a
 * pending invitation or a share link is never restored.
 * The export's plan is taken when the user has none yet, each item keeping
 * the assessment that met it when that assessment is now the user's.
 */
export async function importData(
  user: CurrentUser,
  document: ExportDocument,
  { dryRun }: ImportQuery = {},
): Promise<{ imported: number; skipped: number; dryRun: boolean }> {
  const [framework, knownVersions] = await Promise.all([loadFramework(), knownFrameworkVersions()]);
  const fields: FieldErrors = {};
  for (const [index, assessment] of document.assessments.entries()) {
    if (index > 0 && index % CHECKED_PER_SLICE === 0) await yieldToEventLoop();
    if (!knownVersions.has(assessment.frameworkVersion)) {
      fields[`assessments.${index}.frameworkVersion`] =
        `Framework version "${assessment.frameworkVersion.slice(0, 32)}" is not known here.`;
    }
    Object.assign(fields, unknownSkillFields(framework, assessment.ratings, `assessments.${index}.ratings`));
  }
  const reviews = document.reviews ?? [];
  reviews.forEach((review, index) => Object.assign(fields, unknownSkillFields(framework, review.ratings, `reviews.${index}.ratings`)));
  Object.assign(fields, unknownSkillFields(framework, document.plan ?? [], "plan"));
  if (Object.keys(fields).length) throw validationFailed(fields);

  if (dryRun) {
    const { imported, skipped } = await countsWithinLimit(user, document);
    return { imported, skipped, dryRun: true };
  }
  if (importing.has(user.id)) throw alreadyImporting();
  importing.add(user.id);
  try {
    return { ...(await writeImport(user, document, framework)), dryRun: false };
  } catch (error) {
    // Another server process importing the same ids for this account at the same moment.
    throw isUniqueViolation(error) ? alreadyImporting() : error;
  } finally {
    importing.delete(user.id);
  }
}

/** What an import would add and skip, refused when the account would end up over ACCOUNT_MAX_ASSESSMENTS. */
async function countsWithinLimit(user: CurrentUser, document: ExportDocument) {
  const [owners, held] = await Promise.all([
    findExistingAssessmentIds(document.assessments.map((assessment) => assessment.id)),
    countAssessments(user.id),
  ]);
  const fresh = document.assessments.filter((assessment) => owners.get(assessment.id) !== user.id);
  if (held + fresh.length > ACCOUNT_MAX_ASSESSMENTS) throw accountFull(held, fresh.length);
  return { owners, fresh, imported: fresh.length, skipped: document.assessments.length - fresh.length };
}

async function writeImport(user: CurrentUser, document: ExportDocument, framework: Framework) {
  const [{ owners, fresh, imported, skipped }, currentPlan] = await Promise.all([countsWithinLimit(user, document), findPlan(user.id)]);
  const answered = (document.reviews ?? []).filter((review) => review.answeredAt !== null);
  const reviewOwners = await findExistingReviewIds(answered.map((review) => review.id));
  const freshReviews = answered.filter((review) => reviewOwners.get(review.id) !== user.id);
  // Another account's id is not reused: the row would collide with theirs.
  const ids = fresh.map((assessment) => (owners.has(assessment.id) ? randomUUID() : assessment.id));
  const ownIds = new Set(
    [...owners]
      .filter(([, owner]) => owner === user.id)
      .map(([id]) => id)
      .concat(ids),
  );
  const plan = currentPlan.length === 0 ? planRows(document.plan ?? [], ownIds) : [];

  const written: string[] = [];
  try {
    for (let start = 0; start < fresh.length; start += IMPORT_SLICE) {
      const slice = fresh.slice(start, start + IMPORT_SLICE).map((assessment, offset) => ({
        ...newAssessment(
          framework,
          user.id,
          assessment.ratings.map(({ skill, level, note, byChoice }) => ({ skill, level, note: note ?? null, byChoice })),
          { createdAt: new Date(assessment.createdAt), frameworkVersion: assessment.frameworkVersion, note: assessment.note ?? null },
        ),
        id: ids[start + offset]!,
      }));
      await insertAssessmentBatch(slice);
      written.push(...slice.map((assessment) => assessment.id));
      await yieldToEventLoop();
    }
    const heldNow = await countAssessments(user.id);
    if (heldNow > ACCOUNT_MAX_ASSESSMENTS) throw accountFull(heldNow - fresh.length, fresh.length);
    await insertAssessmentBatch(
      [],
      [
        ...importedReviewWrites(
          freshReviews.map((review) => ({
            id: reviewOwners.has(review.id) ? undefined : review.id,
            userId: user.id,
            reviewerName: review.reviewerName,
            createdAt: new Date(review.createdAt),
            expiresAt: new Date(review.expiresAt),
            answeredAt: new Date(review.answeredAt!),
            ratings: review.ratings.map(({ skill, level, note }) => ({ skill, level, note: note ?? null })),
          })),
        ),
        ...(plan.length ? planWrites(user.id, plan) : []),
      ],
    );
  } catch (error) {
    for (let start = 0; start < written.length; start += IMPORT_SLICE) {
      await deleteAssessments(user.id, written.slice(start, start + IMPORT_SLICE));
      await yieldToEventLoop();
    }
    throw error;
  }
  return { imported, skipped };
}

/** An exported plan as rows; an item keeps the assessment that met it only when that assessment is the user's. */
function planRows(plan: NonNullable<ExportDocument["plan"]>, ownAssessmentIds: ReadonlySet<string>): PlanRow[] {
  return plan.map((item) => ({
    skill: item.skill,
    targetLevel: item.targetLevel,
    dueDate: item.dueDate ? new Date(`${item.dueDate}T00:00:00Z`) : null,
    createdAt: new Date(),
    metAssessmentId: item.metAssessmentId && ownAssessmentIds.has(item.metAssessmentId) ? item.metAssessmentId : null,
    celebratedAt: null,
  }));
}
