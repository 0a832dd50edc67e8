import { db, Prisma } from "./client";
import { isRecordNotFound } from "./errors";

const shareSelect = { id: true, createdAt: true, expiresAt: true, showNotes: true, viewCount: true } as const;
export type ShareRow = Prisma.ShareLinkGetPayload<{ select: typeof shareSelect }>;

export function insertShareLink(data: { userId: string; tokenHash: string; showNotes: boolean; expiresAt: Date }): Promise<ShareRow> {
  return db.shareLink.create({ data, select: shareSelect });
}

export function countLiveShareLinks(userId: string, now: Date): Promise<number> {
  return db.shareLink.count({ where: { userId, expiresAt: { gt: now } } });
}

export function listShareLinks(userId: string): Promise<ShareRow[]> {
  return db.shareLink.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: shareSelect });
}

export async function deleteShareLink(userId: string, id: string): Promise<boolean> {
  const { count } = await db.shareLink.deleteMany({ where: { id, userId } });
  return count > 0;
}

/**
 * Counts a view of a live link and answers whose profile it shows, in one
 * statement: an expired, revoked or unknown token matches no row.
 */
export async function recordShareView(tokenHash: string, now: Date): Promise<{ userId: string; showNotes: boolean } | null> {
  try {
    return await db.shareLink.update({
      where: { tokenHash, expiresAt: { gt: now } },
      data: { viewCount: { increment: 1 } },
      select: { userId: true, showNotes: true },
    });
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}
