import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findLatestAssessment } from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import { reserveLinkCreation } from "@/lib/db/throttles";
import { countLiveShareLinks, deleteShareLink, insertShareLink, listShareLinks, recordShareView, type ShareRow } from "@/lib/db/shares";
import { getProfile } from "@/lib/db/users";
import { conflict, notFound, tooManyRequests } from "@/lib/domain/errors";
import { findRole } from "@/lib/domain/framework";
import type { SharedProfile, ShareLinkSummary } from "@/lib/domain/sharing";
import type { CreateShareInput } from "@/lib/schemas/sharing";
import { getDashboard, progressOf } from "./dashboard";
import { hashLinkToken, newLinkToken } from "./link-tokens";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Live links of each kind (share, review) a user may hold at once. */
export const MAX_LIVE_LINKS = 10;

/**
 * Both kinds of link: refused with ten live ones of the kind already out, or
 * past the hourly creation budget. The live count is checked first: a refusal
 * for it creates nothing, so it spends nothing of the budget.
 */
export async function assertMayCreateLink(userId: string, kind: "share" | "review", liveCount: () => Promise<number>): Promise<void> {
  if ((await liveCount()) >= MAX_LIVE_LINKS) {
    throw conflict("limit_reached", `You can have at most ${MAX_LIVE_LINKS} live ${kind} links. Revoke one or let it expire first.`);
  }
  const waitMs = await reserveLinkCreation(userId);
  if (waitMs !== null) throw tooManyRequests("links created in the last hour", waitMs);
}

function toSummary(row: ShareRow, now: Date): ShareLinkSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    expired: row.expiresAt <= now,
    showNotes: row.showNotes,
    viewCount: row.viewCount,
  };
}

/** A new read-only link; its token is in the answer once and never again. */
export async function createShare(user: CurrentUser, input: CreateShareInput, now = new Date()) {
  await assertMayCreateLink(user.id, "share", () => countLiveShareLinks(user.id, now));
  const { token, tokenHash } = newLinkToken();
  const row = await insertShareLink({
    userId: user.id,
    tokenHash,
    showNotes: input.showNotes,
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
  });
  return { id: row.id, url: `/p/${token}`, expiresAt: row.expiresAt.toISOString() };
}

export async function listShares(user: CurrentUser, now = new Date()): Promise<ShareLinkSummary[]> {
  return (await listShareLinks(user.id)).map((row) => toSummary(row, now));
}

/** Revoking deletes the link: from then on its token is as unknown as a made-up one. */
export async function revokeShare(user: CurrentUser, id: string): Promise<void> {
  if (!(await deleteShareLink(user.id, id))) throw notFound("Share link");
}

/**
 * What a share link shows, read-only: the owner's display name (never the
 * email), readiness per role, target role, progress and levels as of the
 * latest assessment. Any token that is not a live link is the same 404.
 */
export async function viewSharedProfile(token: string, now = new Date()): Promise<SharedProfile> {
  const link = await recordShareView(hashLinkToken(token), now);
  const owner = link && (await getProfile(link.userId));
  if (!link || !owner) throw notFound("Profile");
  const [framework, dashboard, latest] = await Promise.all([loadFramework(), getDashboard(owner, now), findLatestAssessment(owner.id)]);
  const roleRef = (slug: string | null) => {
    const role = slug ? findRole(framework, slug) : undefined;
    return role ? { slug: role.slug, name: role.name } : null;
  };
  const focus = roleRef(dashboard.focus?.role ?? null);
  const ratings = new Map(latest?.ratings.map((rating) => [rating.skillSlug, rating]));
  return {
    ownerName: owner.name || "A Skillgap user",
    assessedAt: dashboard.assessedAt?.slice(0, 10) ?? null,
    targetRole: roleRef(owner.targetRoleSlug),
    roles: dashboard.roles,
    progress: focus && {
      role: focus,
      points: (await progressOf(owner.id, focus.slug)).map(({ at, readiness }) => ({ at: at.slice(0, 10), readiness })),
    },
    levels: framework.skills.map((skill) => {
      const rating = ratings.get(skill.slug);
      return {
        skill: skill.slug,
        name: skill.name,
        category: skill.category,
        level: latest ? (rating?.level ?? 0) : null,
        note: link.showNotes ? (rating?.note ?? null) : null,
      };
    }),
  };
}
