import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { CurrentUser } from "@/lib/auth/session";
import { loadFramework } from "@/lib/db/framework";
import { bumpSessionVersion, deleteUser, getProfile, updateProfile } from "@/lib/db/users";
import { notFound, validationFailed } from "@/lib/domain/errors";
import { findRole } from "@/lib/domain/framework";
import type { ChangePasswordData, DeleteAccountData, Me, UpdateMeData } from "@/lib/schemas/account";

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
    throw validationFailed({ targetRole: "Choose one of the roles: data-scientist, ml-engineer or ml-researcher." });
  }
  await updateProfile(user.id, {
    ...(name !== undefined ? { name: name || null } : {}),
    ...(targetRole !== undefined ? { targetRole: targetRole ? { connect: { slug: targetRole } } : { disconnect: true } } : {}),
    ...(goalDate !== undefined ? { goalDate: goalDate ? new Date(`${goalDate}T00:00:00Z`) : null } : {}),
    ...(goalReadiness !== undefined ? { goalReadiness } : {}),
  });
  return getMe(user);
}

/** Needs the current password; ends every session, the caller's included (the form signs in again). */
export async function changePassword(user: CurrentUser, { currentPassword, newPassword }: ChangePasswordData): Promise<void> {
  const profile = await getProfile(user.id);
  if (!profile || !(await verifyPassword(profile.passwordHash, currentPassword))) {
    throw validationFailed({ currentPassword: "The current password is not correct." });
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw validationFailed({ newPassword: problem });
  await bumpSessionVersion(user.id, await hashPassword(newPassword));
}

export async function signOutEverywhere(user: CurrentUser): Promise<void> {
  await bumpSessionVersion(user.id);
}

/** Deletes the account and every row that belongs to it, once the email has been typed to confirm. */
export async function deleteAccount(user: CurrentUser, { confirmEmail }: DeleteAccountData): Promise<void> {
  if (confirmEmail !== user.email) throw validationFailed({ confirmEmail: "Type your account's email address exactly to confirm." });
  await deleteUser(user.id, user.email);
}
