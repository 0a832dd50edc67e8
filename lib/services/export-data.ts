import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { listAssessmentsAfter, type AssessmentRow } from "@/lib/db/assessments";
import { findPlan } from "@/lib/db/plan";
import { listReviewsForExport } from "@/lib/db/reviews";
import { listShareLinks } from "@/lib/db/shares";
import { getProfile } from "@/lib/db/users";
import { listMembershipsForExport } from "@/lib/db/workspaces";
import { notFound } from "@/lib/domain/errors";
import { yieldToEventLoop } from "@/lib/async/event-loop";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from "@/lib/schemas/assessment";

/**
 * Assessments read and written out per turn of the event loop. An account at
 * the cap (10,000 assessments, 27 MB of JSON) built as one document held the
 * server for seconds and two at once exhausted its heap; a slice is a few
 * milliseconds and a few hundred KB.
 */
const EXPORT_SLICE = 200;

/** The user's assessments, oldest first, a slice at a time with the event loop served between slices. */
async function* assessmentSlices(userId: string): AsyncGenerator<AssessmentRow[]> {
  let after: AssessmentRow | null = null;
  for (;;) {
    const slice = await listAssessmentsAfter(userId, after, EXPORT_SLICE);
    if (slice.length) yield slice;
    if (slice.length < EXPORT_SLICE) return;
    after = slice.at(-1)!;
    await yieldToEventLoop();
  }
}

type ExportedAssessment = ExportDocument["assessments"][number];

/**
 * Everything the user owns, as a versioned JSON document that POST /import
 * takes back, written a slice of assessments at a time: `pieces` are the
 * document's text in order. The account is read first, so a missing one is a
 * 404 before anything is sent.
 */
export async function exportJson(user: CurrentUser): Promise<{ exportedAt: string; pieces: AsyncGenerator<string> }> {
  const [profile, reviews, shareLinks, plan, memberships] = await Promise.all([
    getProfile(user.id),
    listReviewsForExport(user.id),
    listShareLinks(user.id),
    findPlan(user.id),
    listMembershipsForExport(user.id),
  ]);
  if (!profile) throw notFound("Account");
  const exportedAt = new Date().toISOString();
  const head: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    profile: {
      email: profile.email,
      name: profile.name,
      targetRole: profile.targetRoleSlug,
      goalDate: profile.goalDate?.toISOString().slice(0, 10) ?? null,
      goalReadiness: profile.goalReadiness,
    },
    reviews: reviews.map((review) => ({
      id: review.id,
      reviewerName: review.reviewerName,
      createdAt: review.createdAt.toISOString(),
      expiresAt: review.expiresAt.toISOString(),
      answeredAt: review.answeredAt?.toISOString() ?? null,
      ratings: review.ratings.map(({ skillSlug, level, note }) => ({ skill: skillSlug, level, note })),
    })),
    shareLinks: shareLinks.map((link) => ({
      id: link.id,
      createdAt: link.createdAt.toISOString(),
      expiresAt: link.expiresAt.toISOString(),
      showNotes: link.showNotes,
      viewCount: link.viewCount,
    })),
    plan: plan.map(({ skill, targetLevel, dueDate, metAssessmentId }) => ({
      skill,
      targetLevel,
      dueDate: dueDate?.toISOString().slice(0, 10) ?? null,
      metAssessmentId,
    })),
    workspaces: memberships.map((row) => ({
      id: row.workspaceId,
      name: row.workspace.name,
      role: row.role,
      sharing: row.sharing,
      joinedAt: row.joinedAt.toISOString(),
    })),
    // Last, so that the document's text ends with this list, which is written a slice at a time.
    assessments: [],
  };
  async function* pieces() {
    const opening = JSON.stringify(head);
    yield opening.slice(0, -"]}".length);
    let first = true;
    for await (const slice of assessmentSlices(user.id)) {
      yield (first ? "" : ",") + slice.map((row) => JSON.stringify(exportedAssessment(row))).join(",");
      first = false;
    }
    yield "]}";
  }
  return { exportedAt, pieces: pieces() };
}

function exportedAssessment(row: AssessmentRow): ExportedAssessment {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    frameworkVersion: row.frameworkVersion,
    note: row.note,
    ratings: row.ratings.map(({ skillSlug, level, note, byChoice }) => ({
      skill: skillSlug,
      level,
      note,
      ...(byChoice ? {} : { byChoice }),
    })),
    readiness: Object.fromEntries(row.readiness.map((entry) => [entry.roleSlug, entry.readiness])),
  };
}

const CSV_COLUMNS = ["assessment_id", "created_at", "framework_version", "skill", "level", "note"] as const;

export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Quote when needed; a leading formula character is neutralised so a spreadsheet shows it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per rating, for spreadsheets, written a slice of assessments at a time. */
export async function* exportCsv(user: CurrentUser): AsyncGenerator<string> {
  yield CSV_COLUMNS.join(",") + "\r\n";
  for await (const slice of assessmentSlices(user.id)) {
    const rows = slice.flatMap((row) =>
      row.ratings.map((rating) => [row.id, row.createdAt.toISOString(), row.frameworkVersion, rating.skillSlug, rating.level, rating.note]),
    );
    yield rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
  }
}
