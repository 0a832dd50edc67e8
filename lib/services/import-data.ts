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
import { countReviews, deleteReviews, findExistingReviewIds, importedReviewWrites } from "@/lib/db/reviews";
import { newAssessment } from "@/lib/domain/assessment";
import { conflict, FieldErrorList, validationFailed } from "@/lib/domain/errors";
import { yieldToEventLoop } from "@/lib/async/event-loop";
import { unknownSkillFields, type Framework } from "@/lib/domain/framework";
import {
  ACCOUNT_MAX_ASSESSMENTS,
  ACCOUNT_MAX_REVIEWS,
  type ExportDocument,
  type ImportQuery,
  type ImportResult,
} from "@/lib/schemas/assessment";
import { accountFull } from "./assessments";

// A slice of assessments is checked, or computed and written, in a few
// milliseconds (50 took about 8 on a busy machine); between slices the event
// loop serves other requests (SQLite runs each statement on it).
const IMPORT_SLICE = 25;
// A review is written as two statements of its own (the review, then its ratings), not as rows of a shared statement:
// fewer go in a transaction. 1,000 in one transaction held the server for seconds.
const REVIEW_SLICE = 10;
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
export async function importData(user: CurrentUser, document: ExportDocument, { dryRun }: ImportQuery = {}): Promise<ImportResult> {
  const [framework, knownVersions] = await Promise.all([loadFramework(), knownFrameworkVersions()]);
  const errors = new FieldErrorList();
  for (const [index, assessment] of document.assessments.entries()) {
    if (index > 0 && index % CHECKED_PER_SLICE === 0) await yieldToEventLoop();
    if (!knownVersions.has(assessment.frameworkVersion)) {
      errors.add(
        `assessments.${index}.frameworkVersion`,
        `Framework version "${assessment.frameworkVersion.slice(0, 32)}" is not known here.`,
      );
    }
    errors.addAll(unknownSkillFields(framework, assessment.ratings, `assessments.${index}.ratings`));
  }
  for (const [index, review] of (document.reviews ?? []).entries()) {
    if (index > 0 && index % CHECKED_PER_SLICE === 0) await yieldToEventLoop();
    errors.addAll(unknownSkillFields(framework, review.ratings, `reviews.${index}.ratings`));
  }
  errors.addAll(unknownSkillFields(framework, document.plan ?? [], "plan"));
  if (!errors.isEmpty) throw errors.toError();

  if (dryRun) {
    const [assessments, reviews] = await Promise.all([countsWithinLimit(user, document), reviewCountsWithinLimit(user, document)]);
    return resultOf(assessments, reviews, true);
  }
  if (importing.has(user.id)) throw alreadyImporting();
  importing.add(user.id);
  try {
    return await writeImport(user, document, framework);
  } catch (error) {
    // Another server process importing the same ids for this account at the same moment.
    throw isUniqueViolation(error) ? alreadyImporting() : error;
  } finally {
    importing.delete(user.id);
  }
}

type Counts = { imported: number; skipped: number };
const resultOf = (assessments: Counts, reviews: Counts, dryRun: boolean): ImportResult => ({
  imported: assessments.imported,
  skipped: assessments.skipped,
  reviewsImported: reviews.imported,
  reviewsSkipped: reviews.skipped,
  dryRun,
});

const reviewsFull = (held: number, adding: number) =>
  validationFailed({
    reviews: `An account holds at most ${ACCOUNT_MAX_REVIEWS.toLocaleString("en")} reviews: yours has ${held.toLocaleString("en")}, and this file would add ${adding.toLocaleString("en")}.`,
  });

/** The answered reviews an import would add and skip, refused when the account would end up over ACCOUNT_MAX_REVIEWS. */
async function reviewCountsWithinLimit(user: CurrentUser, document: ExportDocument) {
  const answered = (document.reviews ?? []).filter((review) => review.answeredAt !== null);
  const [owners, held] = await Promise.all([findExistingReviewIds(answered.map((review) => review.id)), countReviews(user.id)]);
  const fresh = answered.filter((review) => owners.get(review.id) !== user.id);
  if (held + fresh.length > ACCOUNT_MAX_REVIEWS) throw reviewsFull(held, fresh.length);
  return { owners, fresh, imported: fresh.length, skipped: answered.length - fresh.length };
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

async function writeImport(user: CurrentUser, document: ExportDocument, framework: Framework): Promise<ImportResult> {
  const [assessmentCounts, reviewCounts, currentPlan] = await Promise.all([
    countsWithinLimit(user, document),
    reviewCountsWithinLimit(user, document),
    findPlan(user.id),
  ]);
  const { owners, fresh } = assessmentCounts;
  // Another account's id is not reused: the row would collide with theirs.
  const ids = fresh.map((assessment) => (owners.has(assessment.id) ? randomUUID() : assessment.id));
  const ownIds = new Set(
    [...owners]
      .filter(([, owner]) => owner === user.id)
      .map(([id]) => id)
      .concat(ids),
  );
  const plan = currentPlan.length === 0 ? planRows(document.plan ?? [], ownIds) : [];
  const reviews = reviewCounts.fresh.map((review) => ({
    id: reviewCounts.owners.has(review.id) ? randomUUID() : review.id,
    userId: user.id,
    reviewerName: review.reviewerName,
    createdAt: new Date(review.createdAt),
    expiresAt: new Date(review.expiresAt),
    answeredAt: new Date(review.answeredAt!),
    ratings: review.ratings.map(({ skill, level, note }) => ({ skill, level, note: note ?? null })),
  }));

  const written = { assessments: [] as string[], reviews: [] as string[] };
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
      written.assessments.push(...slice.map((assessment) => assessment.id));
      await yieldToEventLoop();
    }
    const heldNow = await countAssessments(user.id);
    if (heldNow > ACCOUNT_MAX_ASSESSMENTS) throw accountFull(heldNow - fresh.length, fresh.length);
    for (let start = 0; start < reviews.length; start += REVIEW_SLICE) {
      const slice = reviews.slice(start, start + REVIEW_SLICE);
      await insertAssessmentBatch([], importedReviewWrites(slice));
      written.reviews.push(...slice.map((review) => review.id));
      await yieldToEventLoop();
    }
    if (plan.length) await insertAssessmentBatch([], planWrites(user.id, plan));
  } catch (error) {
    for (let start = 0; start < written.reviews.length; start += IMPORT_SLICE) {
      await deleteReviews(user.id, written.reviews.slice(start, start + IMPORT_SLICE));
      await yieldToEventLoop();
    }
    for (let start = 0; start < written.assessments.length; start += IMPORT_SLICE) {
      await deleteAssessments(user.id, written.assessments.slice(start, start + IMPORT_SLICE));
      await yieldToEventLoop();
    }
    throw error;
  }
  return resultOf(assessmentCounts, reviewCounts, false);
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
