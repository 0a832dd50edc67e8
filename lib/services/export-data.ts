import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { listAllAssessments } from "@/lib/db/assessments";
import { findPlan } from "@/lib/db/plan";
import { listReviewsForExport } from "@/lib/db/reviews";
import { listShareLinks } from "@/lib/db/shares";
import { getProfile } from "@/lib/db/users";
import { listMembershipsForExport } from "@/lib/db/workspaces";
import { notFound } from "@/lib/domain/errors";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from "@/lib/schemas/assessment";

/** Everything the user owns, as a versioned JSON document that POST /import takes back. */
export async function exportData(user: CurrentUser): Promise<ExportDocument> {
  const [profile, assessments, reviews, shareLinks, plan, memberships] = await Promise.all([
    getProfile(user.id),
    listAllAssessments(user.id),
    listReviewsForExport(user.id),
    listShareLinks(user.id),
    findPlan(user.id),
    listMembershipsForExport(user.id),
  ]);
  if (!profile) throw notFound("Account");
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: {
      email: profile.email,
      name: profile.name,
      targetRole: profile.targetRoleSlug,
      goalDate: profile.goalDate?.toISOString().slice(0, 10) ?? null,
      goalReadiness: profile.goalReadiness,
    },
    assessments: assessments.map((row) => ({
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
    })),
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
  };
}

const CSV_COLUMNS = ["assessment_id", "created_at", "framework_version", "skill", "level", "note"] as const;

export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  // Quote when needed; a leading formula character is neutralised so a spreadsheet shows it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per rating, for spreadsheets. */
export async function exportCsv(user: CurrentUser): Promise<string> {
  const { assessments } = await exportData(user);
  const rows = assessments.flatMap((assessment) =>
    assessment.ratings.map((rating) => [
      assessment.id,
      assessment.createdAt,
      assessment.frameworkVersion,
      rating.skill,
      rating.level,
      rating.note ?? null,
    ]),
  );
  return [CSV_COLUMNS.join(","), ...rows.map((row) => row.map(csvCell).join(","))].join("\r\n") + "\r\n";
}
