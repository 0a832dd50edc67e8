import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findExistingAssessmentIds, insertAssessments } from "@/lib/db/assessments";
import { knownFrameworkVersions, loadFramework } from "@/lib/db/framework";
import { findPlan, planWrites, type PlanRow } from "@/lib/db/plan";
import { findExistingReviewIds, importedReviewWrites } from "@/lib/db/reviews";
import { newAssessment } from "@/lib/domain/assessment";
import { validationFailed, type FieldErrors } from "@/lib/domain/errors";
import { unknownSkillFields } from "@/lib/domain/framework";
import type { ExportDocument, ImportQuery } from "@/lib/schemas/assessment";

/**
 * Takes a JSON export back. All of it is validated before any of it is
 * written, and then it is written in one transaction. Assessments the user
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
  document.assessments.forEach((assessment, index) => {
    if (!knownVersions.has(assessment.frameworkVersion)) {
      fields[`assessments.${index}.frameworkVersion`] =
        `Framework version "${assessment.frameworkVersion.slice(0, 32)}" is not known here.`;
    }
    Object.assign(fields, unknownSkillFields(framework, assessment.ratings, `assessments.${index}.ratings`));
  });
  const reviews = document.reviews ?? [];
  reviews.forEach((review, index) => Object.assign(fields, unknownSkillFields(framework, review.ratings, `reviews.${index}.ratings`)));
  Object.assign(fields, unknownSkillFields(framework, document.plan ?? [], "plan"));
  if (Object.keys(fields).length) throw validationFailed(fields);

  const [owners, currentPlan] = await Promise.all([
    findExistingAssessmentIds(document.assessments.map((assessment) => assessment.id)),
    findPlan(user.id),
  ]);
  const fresh = document.assessments.filter((assessment) => owners.get(assessment.id) !== user.id);
  const counts = { imported: fresh.length, skipped: document.assessments.length - fresh.length };
  if (dryRun) return { ...counts, dryRun: true };
  const answered = reviews.filter((review) => review.answeredAt !== null);
  const reviewOwners = await findExistingReviewIds(answered.map((review) => review.id));
  const freshReviews = answered.filter((review) => reviewOwners.get(review.id) !== user.id);
  const rows = fresh.map((assessment) =>
    newAssessment(
      framework,
      user.id,
      assessment.ratings.map(({ skill, level, note, byChoice }) => ({ skill, level, note: note ?? null, byChoice })),
      {
        // Another account's id is not reused: the row would collide with theirs.
        id: owners.has(assessment.id) ? undefined : assessment.id,
        createdAt: new Date(assessment.createdAt),
        frameworkVersion: assessment.frameworkVersion,
        note: assessment.note ?? null,
      },
    ),
  );
  const ownIds = new Set(
    [...owners]
      .filter(([, owner]) => owner === user.id)
      .map(([id]) => id)
      .concat(rows.flatMap((row) => (row.id ? [row.id] : []))),
  );
  const plan = currentPlan.length === 0 ? planRows(document.plan ?? [], ownIds) : [];
  await insertAssessments(rows, [
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
  ]);
  return { ...counts, dryRun: false };
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
