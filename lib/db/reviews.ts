import type { Rating } from "@/lib/domain/assessment";
import { db, Prisma } from "./client";
import { isRecordNotFound } from "./errors";

const reviewSelect = {
  id: true,
  reviewerName: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  answeredAt: true,
} as const;
const reviewWithRatingsSelect = { ...reviewSelect, ratings: { select: { skillSlug: true, level: true, note: true } } } as const;

export type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;
export type AnsweredReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewWithRatingsSelect }>;

export function insertReview(data: { userId: string; tokenHash: string; reviewerName: string; expiresAt: Date }): Promise<ReviewRow> {
  return db.review.create({ data, select: reviewSelect });
}

/** Links that can still be answered. */
export function countLiveReviews(userId: string, now: Date): Promise<number> {
  return db.review.count({ where: { userId, answeredAt: null, revokedAt: null, expiresAt: { gt: now } } });
}

export function countReviews(userId: string): Promise<number> {
  return db.review.count({ where: { userId } });
}

export async function deleteReviews(userId: string, ids: readonly string[]): Promise<void> {
  await db.review.deleteMany({ where: { userId, id: { in: [...ids] } } });
}

export function listReviews(userId: string): Promise<ReviewRow[]> {
  return db.review.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: reviewSelect });
}

export function findReview(userId: string, id: string): Promise<AnsweredReviewRow | null> {
  return db.review.findFirst({ where: { id, userId }, select: reviewWithRatingsSelect });
}

/**
 * The most recently answered review, with its ratings. Asked on every
 * dashboard render, where most users have none: the look-up is one raw
 * statement (see findSessionUser for why raw), and only a review found is read whole.
 */
export async function findLatestAnsweredReview(userId: string): Promise<AnsweredReviewRow | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Review" WHERE "userId" = ${userId} AND "answeredAt" IS NOT NULL
    ORDER BY "answeredAt" DESC, "id" DESC LIMIT 1`;
  return rows[0] ? findReview(userId, rows[0].id) : null;
}

export function listReviewsForExport(userId: string): Promise<AnsweredReviewRow[]> {
  return db.review.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: reviewWithRatingsSelect });
}

/** The invitation behind a token, with the owner's display name: all the reviewer's page may know. */
export function findReviewByTokenHash(tokenHash: string) {
  return db.review.findUnique({ where: { tokenHash }, select: { ...reviewSelect, user: { select: { name: true } } } });
}

/**
 * Records the answer in one write-only transaction. The update matches only
 * a review still open at `answeredAt`, so of two racing answers the second
 * matches nothing, the transaction rolls back, and false says it was refused.
 */
export async function answerReview(id: string, answeredAt: Date, ratings: readonly Rating[]): Promise<boolean> {
  try {
    await db.$transaction([
      db.review.update({
        where: { id, answeredAt: null, revokedAt: null, expiresAt: { gt: answeredAt } },
        data: { answeredAt },
        select: { id: true },
      }),
      db.reviewRating.createMany({
        data: ratings.map(({ skill, level, note }) => ({ reviewId: id, skillSlug: skill, level, note: note || null })),
      }),
    ]);
    return true;
  } catch (error) {
    if (isRecordNotFound(error)) return false;
    throw error;
  }
}

/** Revokes a pending link; answers false when there is no such pending review of this user. */
export async function revokeReview(userId: string, id: string, now: Date): Promise<boolean> {
  const { count } = await db.review.updateMany({ where: { id, userId, answeredAt: null, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

export interface ImportedReview {
  id: string;
  userId: string;
  reviewerName: string;
  createdAt: Date;
  expiresAt: Date;
  answeredAt: Date;
  ratings: readonly Rating[];
}

/** Answered reviews from an import: no link (tokenHash null), so nothing can answer them again. */
export function importedReviewWrites(reviews: readonly ImportedReview[]) {
  return reviews.map(({ ratings, ...review }) =>
    db.review.create({
      data: {
        ...review,
        ratings: { createMany: { data: ratings.map(({ skill, level, note }) => ({ skillSlug: skill, level, note: note || null })) } },
      },
      select: { id: true },
    }),
  );
}

export async function findExistingReviewIds(ids: readonly string[]) {
  const rows = await db.review.findMany({ where: { id: { in: [...ids] } }, select: { id: true, userId: true } });
  return new Map(rows.map((row) => [row.id, row.userId]));
}
