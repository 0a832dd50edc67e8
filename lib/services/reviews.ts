import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findLevelsBefore } from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import {
  answerReview,
  countLiveReviews,
  findLatestAnsweredReview,
  findReview,
  findReviewByTokenHash,
  insertReview,
  listReviews as listReviewRows,
  revokeReview as revokeReviewRow,
  type AnsweredReviewRow,
  type ReviewRow,
} from "@/lib/db/reviews";
import { levelsOf } from "@/lib/domain/assessment";
import { calibrate } from "@/lib/domain/calibration";
import { conflict, gone, notFound, validationFailed } from "@/lib/domain/errors";
import {
  REVIEW_LINK_CLOSED,
  type ReviewCalibration,
  type ReviewInvitation,
  type ReviewStatus,
  type ReviewSummary,
} from "@/lib/domain/sharing";
import { REVIEW_DAYS_DEFAULT, type CreateReviewInput, type ReviewResponseInput } from "@/lib/schemas/sharing";
import { unknownSkillFields } from "@/lib/domain/framework";
import { hashLinkToken, newLinkToken } from "./link-tokens";
import { assertMayCreateLink } from "./shares";

const DAY_MS = 24 * 60 * 60 * 1000;

function statusOf(row: ReviewRow, now: Date): ReviewStatus {
  if (row.answeredAt) return "answered";
  if (row.revokedAt) return "revoked";
  return row.expiresAt <= now ? "expired" : "pending";
}

function toSummary(row: ReviewRow, now: Date): ReviewSummary {
  return {
    id: row.id,
    reviewerName: row.reviewerName,
    status: statusOf(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

/** A single-use link for one reviewer; its token is in the answer once and never again. */
export async function createReview(user: CurrentUser, input: CreateReviewInput, now = new Date()) {
  await assertMayCreateLink(user.id, "review", () => countLiveReviews(user.id, now));
  const { token, tokenHash } = newLinkToken();
  const row = await insertReview({
    userId: user.id,
    tokenHash,
    reviewerName: input.reviewerName,
    expiresAt: new Date(now.getTime() + (input.expiresInDays ?? REVIEW_DAYS_DEFAULT) * DAY_MS),
  });
  return { id: row.id, url: `/review/${token}`, expiresAt: row.expiresAt.toISOString() };
}

export async function listReviews(user: CurrentUser, now = new Date()): Promise<ReviewSummary[]> {
  return (await listReviewRows(user.id)).map((row) => toSummary(row, now));
}

/** Withdraws a pending invitation: its link then answers 410. */
export async function revokeReview(user: CurrentUser, id: string, now = new Date()): Promise<void> {
  if (await revokeReviewRow(user.id, id, now)) return;
  const row = await findReview(user.id, id);
  if (!row) throw notFound("Review");
  throw conflict("not_pending", "Only a pending review can be revoked.");
}

async function calibrationOf(userId: string, review: AnsweredReviewRow & { answeredAt: Date }): Promise<ReviewCalibration> {
  const [framework, self] = await Promise.all([loadFramework(), findLevelsBefore(userId, review.answeredAt)]);
  const reviewer = levelsOf(review.ratings.map(({ skillSlug, level }) => ({ skill: skillSlug, level })));
  return {
    id: review.id,
    reviewerName: review.reviewerName,
    answeredAt: review.answeredAt.toISOString(),
    selfAssessedAt: self?.createdAt.toISOString() ?? null,
    ...calibrate(framework, self && levelsOf(self.ratings), reviewer),
  };
}

/** An answered review beside the owner's own ratings; another user's id is a 404. */
export async function getCalibration(user: CurrentUser, id: string): Promise<ReviewCalibration> {
  const row = await findReview(user.id, id);
  if (!row) throw notFound("Review");
  if (!row.answeredAt) throw conflict("not_answered", "This review has not been answered yet.");
  return calibrationOf(user.id, { ...row, answeredAt: row.answeredAt });
}

/** The dashboard's second opinion: the most recently answered review, if any. */
export async function getLatestCalibration(user: CurrentUser): Promise<ReviewCalibration | null> {
  const row = await findLatestAnsweredReview(user.id);
  return row?.answeredAt ? calibrationOf(user.id, { ...row, answeredAt: row.answeredAt }) : null;
}

/**
 * What the reviewer's page may know: the owner's display name and whether
 * the link can still be answered; never the owner's ratings. A made-up
 * token is a 404.
 */
export async function getReviewInvitation(token: string, now = new Date()): Promise<ReviewInvitation> {
  const row = await findReviewByTokenHash(hashLinkToken(token));
  if (!row) throw notFound("Review");
  return { ownerName: row.user.name || "A Skillgap user", reviewerName: row.reviewerName, open: statusOf(row, now) === "pending" };
}

/** The reviewer's answer: every skill of the framework, once; a link answers once, and never after expiry or revocation. */
export async function respondToReview(token: string, input: ReviewResponseInput, now = new Date()): Promise<{ answeredAt: string }> {
  const row = await findReviewByTokenHash(hashLinkToken(token));
  if (!row) throw notFound("Review");
  if (statusOf(row, now) !== "pending") throw gone(REVIEW_LINK_CLOSED);
  const framework = await loadFramework();
  const fields = unknownSkillFields(framework, input.ratings, "ratings");
  const rated = new Set(input.ratings.map((rating) => rating.skill));
  const missing = framework.skills.filter((skill) => !rated.has(skill.slug));
  if (missing.length && !Object.keys(fields).length)
    fields.ratings = `Rate every skill: ${missing.map((skill) => skill.slug).join(", ")} missing.`;
  if (Object.keys(fields).length) throw validationFailed(fields);
  if (!(await answerReview(row.id, now, input.ratings))) throw gone(REVIEW_LINK_CLOSED);
  return { answeredAt: now.toISOString() };
}
