import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { findLatestAssessment } from "@/lib/db/assessments";
import { isUniqueViolation } from "@/lib/db/errors";
import { loadFramework } from "@/lib/db/framework";
import { reserveLinkCreation } from "@/lib/db/throttles";
import { getProfile } from "@/lib/db/users";
import {
  changeMembership,
  countMembers,
  countOwnedWorkspaces,
  deleteWorkspace as deleteWorkspaceRow,
  findInvitation,
  findMembership,
  insertInvitation,
  insertWorkspace,
  joinThroughInvitation,
  listInvitations as listInvitationRows,
  listMembers,
  listMembershipsOf,
  revokeInvitation as revokeInvitationRow,
  setSharing,
  soleOwnedWorkspaceIds,
  updateWorkspace as updateWorkspaceRow,
  type MembershipRow,
} from "@/lib/db/workspaces";
import { AppError, conflict, gone, notFound, tooManyRequests } from "@/lib/domain/errors";
import { findRole } from "@/lib/domain/framework";
import { DAY_MS } from "@/lib/domain/time";
import type {
  ChangeRoleInput,
  CreateInvitationInput,
  CreateWorkspaceInput,
  InvitationSummary,
  SharingInput,
  SharingLevel,
  UpdateWorkspaceInput,
  WorkspaceDetail,
  WorkspaceRole,
  WorkspaceSummary,
} from "@/lib/schemas/workspaces";
import { hashLinkToken, newLinkToken } from "./link-tokens";

/** Workspaces one user may own at once. */
export const MAX_OWNED_WORKSPACES = 20;
/** Members one workspace may hold, its owners and coaches included. */
export const MAX_WORKSPACE_MEMBERS = 5_000;
/** Live invitations one workspace may have out at once. */
export const MAX_LIVE_INVITATIONS = 50;

const forbidden = (message: string) => new AppError(403, "forbidden_role", message);
const lastOwner = () =>
  conflict("last_owner", "A workspace keeps at least one owner: make another member an owner first, or delete the workspace.");

function toSummary({ role, sharing, workspace }: MembershipRow): WorkspaceSummary {
  return {
    id: workspace.id,
    name: workspace.name,
    minGroupSize: workspace.minGroupSize,
    myRole: role as WorkspaceRole,
    mySharing: sharing as SharingLevel,
    memberCount: workspace._count.memberships,
    createdAt: workspace.createdAt.toISOString(),
  };
}

/**
 * The caller's membership of the workspace, checked on every request: a
 * non-member (or an unknown id) gets the same 404, a member whose role is not
 * among `roles` a 403.
 */
export async function requireMembership(user: CurrentUser, workspaceId: string, roles?: readonly WorkspaceRole[]): Promise<MembershipRow> {
  const membership = await findMembership(workspaceId, user.id);
  if (!membership) throw notFound("Workspace");
  if (roles && !roles.includes(membership.role as WorkspaceRole)) {
    throw forbidden(`Only ${roles.map((role) => `${role}s`).join(" and ")} of this workspace can do this.`);
  }
  return membership;
}

export async function createWorkspace(user: CurrentUser, input: CreateWorkspaceInput) {
  if ((await countOwnedWorkspaces(user.id)) >= MAX_OWNED_WORKSPACES) {
    throw conflict("limit_reached", `You can own at most ${MAX_OWNED_WORKSPACES} workspaces. Delete one first.`);
  }
  const row = await insertWorkspace({ name: input.name, minGroupSize: input.minGroupSize, ownerId: user.id });
  return { ...row, myRole: "owner" as const };
}

export async function listWorkspaces(user: CurrentUser): Promise<WorkspaceSummary[]> {
  return (await listMembershipsOf(user.id)).map(toSummary);
}

/** One workspace; owners and coaches also see who joined, each with their role and sharing (never more). */
export async function getWorkspace(user: CurrentUser, workspaceId: string): Promise<WorkspaceDetail> {
  const membership = await requireMembership(user, workspaceId);
  const members =
    membership.role === "member"
      ? null
      : (await listMembers(workspaceId)).map((row) => ({
          userId: row.userId,
          name: row.user.name || "A Skillgap user",
          role: row.role as WorkspaceRole,
          sharing: row.sharing as SharingLevel,
          joinedAt: row.joinedAt.toISOString(),
        }));
  return { ...toSummary(membership), members };
}

export async function updateWorkspace(user: CurrentUser, workspaceId: string, input: UpdateWorkspaceInput): Promise<WorkspaceSummary> {
  await requireMembership(user, workspaceId, ["owner"]);
  await updateWorkspaceRow(workspaceId, input);
  return toSummary((await findMembership(workspaceId, user.id))!);
}

export async function deleteWorkspace(user: CurrentUser, workspaceId: string): Promise<void> {
  await requireMembership(user, workspaceId, ["owner"]);
  await deleteWorkspaceRow(workspaceId);
}

/** The owner changes a member's role; demoting the last owner is a 409. */
export async function changeRole(user: CurrentUser, workspaceId: string, memberId: string, input: ChangeRoleInput): Promise<void> {
  await requireMembership(user, workspaceId, ["owner"]);
  if (input.role === "owner" && (await countOwnedWorkspaces(memberId)) >= MAX_OWNED_WORKSPACES) {
    throw conflict("limit_reached", `This member already owns ${MAX_OWNED_WORKSPACES} workspaces, the most one person can own.`);
  }
  const result = await changeMembership(workspaceId, memberId, { role: input.role });
  if (result === "missing") throw notFound("Member");
  if (result === "last_owner") throw lastOwner();
}

/**
 * Leaving (`me`) or removing: visibility ends with the row. Owners remove
 * anyone, coaches remove members only; the last owner cannot go (409).
 */
export async function removeMember(user: CurrentUser, workspaceId: string, memberId: string): Promise<void> {
  const own = await requireMembership(user, workspaceId);
  const targetId = memberId === "me" ? user.id : memberId;
  if (targetId !== user.id) {
    if (own.role === "member") throw forbidden("Only owners and coaches of this workspace can remove members.");
    if (own.role === "coach") {
      const target = await findMembership(workspaceId, targetId);
      if (target && target.role !== "member") throw forbidden("Only owners can remove an owner or a coach.");
    }
  }
  const result = await changeMembership(workspaceId, targetId, "remove");
  if (result === "missing") throw notFound("Member");
  if (result === "last_owner") throw lastOwner();
}

export async function updateSharing(user: CurrentUser, workspaceId: string, input: SharingInput) {
  await requireMembership(user, workspaceId);
  if (!(await setSharing(workspaceId, user.id, input.sharing))) throw notFound("Workspace");
  return { workspaceId, role: (await requireMembership(user, workspaceId)).role as WorkspaceRole, sharing: input.sharing };
}

function invitationStatus(row: { expiresAt: Date; revokedAt: Date | null; maxUses: number | null; uses: number }, now: Date) {
  if (row.revokedAt) return "revoked" as const;
  if (row.expiresAt <= now) return "expired" as const;
  if (row.maxUses !== null && row.uses >= row.maxUses) return "used_up" as const;
  return "live" as const;
}

/** A join link; its token is in the answer once. Coach invitations come only from owners. */
export async function createInvitation(user: CurrentUser, workspaceId: string, input: CreateInvitationInput, now = new Date()) {
  const membership = await requireMembership(user, workspaceId, ["owner", "coach"]);
  if (input.role === "coach" && membership.role !== "owner") throw forbidden("Only owners can invite coaches.");
  // The same hourly budget as share and review links: one person's links of every kind together.
  const waitMs = await reserveLinkCreation(user.id);
  if (waitMs !== null) throw tooManyRequests("links created in the last hour", waitMs);
  const live = (await listInvitationRows(workspaceId)).filter((row) => invitationStatus(row, now) === "live").length;
  if (live >= MAX_LIVE_INVITATIONS) {
    throw conflict("limit_reached", `A workspace can have at most ${MAX_LIVE_INVITATIONS} live invitations. Revoke one first.`);
  }
  const { token, tokenHash } = newLinkToken();
  const row = await insertInvitation({
    workspaceId,
    tokenHash,
    role: input.role,
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    maxUses: input.maxUses ?? null,
  });
  return { id: row.id, url: `/join/${token}`, expiresAt: row.expiresAt.toISOString() };
}

export async function listInvitations(user: CurrentUser, workspaceId: string, now = new Date()): Promise<InvitationSummary[]> {
  await requireMembership(user, workspaceId, ["owner", "coach"]);
  return (await listInvitationRows(workspaceId)).map((row) => ({
    id: row.id,
    role: row.role as "member" | "coach",
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    maxUses: row.maxUses,
    uses: row.uses,
    usesLeft: row.maxUses === null ? null : Math.max(0, row.maxUses - row.uses),
    status: invitationStatus(row, now),
  }));
}

export async function revokeInvitation(user: CurrentUser, workspaceId: string, invitationId: string, now = new Date()): Promise<void> {
  await requireMembership(user, workspaceId, ["owner", "coach"]);
  if (!(await revokeInvitationRow(workspaceId, invitationId, now))) throw notFound("Invitation");
}

const deadLink = (status: "expired" | "used_up" | "revoked") =>
  gone(
    {
      expired: "This invitation has expired. Ask your coach for a new link.",
      used_up: "This invitation has been used as many times as it allows. Ask your coach for a new link.",
      revoked: "This invitation was withdrawn. Ask your coach for a new link.",
    }[status],
  );

/** A live invitation's workspace and role, for the join page; an unknown token is a 404, a dead one a 410. */
export async function previewInvitation(token: string, now = new Date()) {
  const invitation = await findInvitation(hashLinkToken(token));
  if (!invitation) throw notFound("Invitation");
  const status = invitationStatus(invitation, now);
  if (status !== "live") throw deadLink(status);
  return { workspaceName: invitation.workspace.name, role: invitation.role as "member" | "coach" };
}

const JOIN_ATTEMPTS = 5;

/** Joins through a link with the sharing the user chose. Writes nothing unless it answers 201. */
export async function acceptInvitation(user: CurrentUser, token: string, input: SharingInput, now = new Date()) {
  const tokenHash = hashLinkToken(token);
  // Parallel joins through one link each take a use by compare and set: the loser reads the count again.
  for (let attempt = 0; attempt < JOIN_ATTEMPTS; attempt++) {
    const invitation = await findInvitation(tokenHash);
    if (!invitation) throw notFound("Invitation");
    const status = invitationStatus(invitation, now);
    if (status !== "live") throw deadLink(status);
    if (await findMembership(invitation.workspaceId, user.id)) throw alreadyMember();
    if ((await countMembers(invitation.workspaceId)) >= MAX_WORKSPACE_MEMBERS) {
      throw conflict("workspace_full", `This workspace has ${MAX_WORKSPACE_MEMBERS.toLocaleString("en")} members, the most it can hold.`);
    }
    try {
      if (await joinThroughInvitation(invitation, user.id, input.sharing, now)) {
        return { workspaceId: invitation.workspaceId, role: invitation.role as WorkspaceRole, sharing: input.sharing };
      }
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyMember();
      throw error;
    }
  }
  throw conflict("busy", "Many people are joining through this link right now. Try again.");
}

const alreadyMember = () => conflict("already_member", "You are already a member of this workspace.");

export interface CoachPreview {
  name: string;
  targetRole: string | null;
  assessedAt: string | null;
  readiness: { role: string; name: string; readiness: number | null }[];
  levels: { skill: string; name: string; level: number }[];
}

/** Exactly what a coach can see of this user at the most open sharing, for the settings page's preview (each level shows a part). */
export async function coachPreview(user: CurrentUser): Promise<CoachPreview> {
  const [profile, latest, framework] = await Promise.all([getProfile(user.id), findLatestAssessment(user.id), loadFramework()]);
  if (!profile) throw notFound("Account");
  const readiness = new Map(latest?.readiness.map((row) => [row.roleSlug, row.readiness]));
  const levels = new Map(latest?.ratings.map((rating) => [rating.skillSlug, rating.level]));
  return {
    name: profile.name || "A Skillgap user",
    targetRole: profile.targetRoleSlug ? (findRole(framework, profile.targetRoleSlug)?.name ?? null) : null,
    assessedAt: latest?.createdAt.toISOString() ?? null,
    readiness: framework.roles.map((role) => ({ role: role.slug, name: role.name, readiness: readiness.get(role.slug) ?? null })),
    levels: latest ? framework.skills.map((skill) => ({ skill: skill.slug, name: skill.name, level: levels.get(skill.slug) ?? 0 })) : [],
  };
}

/** The names of the workspaces deleting this account would delete with it: those it alone owns. */
export async function soleOwnedWorkspaceNames(user: CurrentUser): Promise<string[]> {
  const ids = new Set(await soleOwnedWorkspaceIds(user.id));
  return (await listMembershipsOf(user.id)).filter((row) => ids.has(row.workspace.id)).map((row) => row.workspace.name);
}
