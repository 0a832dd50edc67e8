import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { forgivePasswordCheck, reservePasswordCheck } from "@/lib/db/throttles";
import { tooManyRequests, validationFailed } from "@/lib/domain/errors";

/**
 * The current password, checked before a password change or an account
 * deletion under the same kind of throttle as sign-in: the attempt is counted
 * before the check (parallel guesses cannot slip past), a spent budget refuses
 * even the right password, and the right password clears the count.
 */
export async function assertCurrentPassword(userId: string, passwordHash: string | null, candidate: string | undefined): Promise<void> {
  if (!candidate) throw validationFailed({ currentPassword: "Enter your current password." });
  const waitMs = await reservePasswordCheck(userId);
  if (waitMs !== null) throw tooManyRequests("wrong current passwords", waitMs);
  if (!(await verifyPassword(passwordHash, candidate))) throw validationFailed({ currentPassword: "The current password is not correct." });
  await forgivePasswordCheck(userId);
}
