import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { CurrentUser, SignedInUser } from "@/lib/auth/session";
import { loadFramework } from "@/lib/db/framework";
import { bumpSessionVersion, deleteUser, getProfile, updateProfile } from "@/lib/db/users";
import { notFound, recentSignInRequired, validationFailed } from "@/lib/domain/errors";
import { CHOOSE_A_ROLE, findRole } from "@/lib/domain/framework";
import type { ChangePasswordData, DeleteAccountData, Me, UpdateMeData } from "@/lib/schemas/account";
import { assertCurrentPassword } from "./current-password";

/** How recent a sign-in must be for an account without a password to delete itself. */
export const RECENT_SIGN_IN_MS = 10 * 60_000;

export async function getMe(user: CurrentUser): Promise<Me> {
  const profile = await getProfile(user.id);
  if (!profile) throw notFound("Account");
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    createdAt: profile.createdAt.toISOString(),
    hasPassword: profile.passwordHash !== null,
    targetRole: profile.targetRoleSlug,
    goalDate: profile.goalDate?.toISOString().slice(0, 10) ?? null,
    goalReadiness: profile.goalReadiness,
  };
}

export async function updateMe(user: CurrentUser, { name, targetRole, goalDate, goalReadiness }: UpdateMeData): Promise<Me> {
  if (targetRole && !findRole(await loadFramework(), targetRole)) {
    throw validationFailed({ targetRole: CHOOSE_A_ROLE });
  }
  await updateProfile(user.id, {
    ...(name !== undefined ? { name: name || null } : {}),
    ...(targetRole !== undefined ? { targetRoleSlug: targetRole || null } : {}),
    ...(goalDate !== undefined ? { goalDate: goalDate ? new Date(`${goalDate}T00:00:00Z`) : null } : {}),
    ...(goalReadiness !== undefined ? { goalReadiness } : {}),
  });
  return getMe(user);
}

/** Needs the current password (throttled); ends every session, the caller's included (the form signs in again). */
export async function changePassword(user: CurrentUser, { currentPassword, newPassword }: ChangePasswordData): Promise<void> {
  const profile = await getProfile(user.id);
  if (!profile) throw notFound("Account");
  // The policy first: a refused new password must not touch the throttle's counters.
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw validationFailed({ newPassword: problem });
  await assertCurrentPassword(user.id, profile.passwordHash, currentPassword);
  await bumpSessionVersion(user.id, await hashPassword(newPassword));
}

export async function signOutEverywhere(user: CurrentUser): Promise<void> {
  await bumpSessionVersion(user.id);
}

/**
 * Deletes the account and every row that belongs to it. Whoever holds a
 * session must prove they are the owner: the current password (throttled),
 * or, for an account without one, a sign-in in the last ten minutes.
 */
export async function deleteAccount(user: SignedInUser, { currentPassword }: DeleteAccountData): Promise<void> {
  const profile = await getProfile(user.id);
  if (!profile) throw notFound("Account");
  if (profile.passwordHash !== null) await assertCurrentPassword(user.id, profile.passwordHash, currentPassword);
  else if (Date.now() - user.authTime > RECENT_SIGN_IN_MS) {
    throw recentSignInRequired("Sign in again to delete your account: your last sign-in was more than 10 minutes ago.");
  }
  await deleteUser(user.id, user.email);
}
