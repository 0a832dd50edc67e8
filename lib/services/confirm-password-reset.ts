import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { completePasswordReset, findUsablePasswordReset } from "@/lib/db/password-resets";
import { clearAccountSignInFailures } from "@/lib/db/throttles";
import { rememberSignInAddress } from "@/lib/db/users";
import { validationFailed } from "@/lib/domain/errors";
import { INVALID_RESET_TOKEN, type ConfirmPasswordResetData } from "@/lib/schemas/password-reset";
import { hashLinkToken } from "./link-tokens";

/**
 * Sets a new password from a reset link, under the sign-up policy. The link
 * works once; every session of the account ends; the email counts as
 * verified; the account's sign-in failures are forgotten, and the address
 * the reset came from counts as the owner's (lib/db/throttles.ts).
 */
export async function confirmPasswordReset({ token, newPassword }: ConfirmPasswordResetData, clientAddress: string): Promise<void> {
  const tokenHash = hashLinkToken(token);
  const now = new Date();
  const reset = await findUsablePasswordReset(tokenHash, now);
  if (!reset) throw validationFailed({ token: INVALID_RESET_TOKEN });
  const problem = passwordProblem(newPassword, reset.email);
  if (problem) throw validationFailed({ newPassword: problem });
  const done = await completePasswordReset({ tokenHash, userId: reset.userId }, now, await hashPassword(newPassword));
  if (!done) throw validationFailed({ token: INVALID_RESET_TOKEN });
  await clearAccountSignInFailures(reset.email);
  await rememberSignInAddress(reset.userId, clientAddress);
}

/** Whether a reset link still works, so its page can say it does not before asking for two passwords. Reads only. */
export async function isPasswordResetUsable(token: string, now = new Date()): Promise<boolean> {
  return (await findUsablePasswordReset(hashLinkToken(token), now)) !== null;
}
