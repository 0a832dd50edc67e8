import { findUserForSignIn, rememberSignInAddress } from "@/lib/db/users";
import { forgiveSignInAttempts, reserveSignInAttempt } from "@/lib/db/throttles";
import { signInSchema } from "@/lib/schemas/account";
import { verifyPassword } from "./password";

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

export function throttledMessage(msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The credentials check. A wrong email and a wrong password get the same
 * message after the same work (a dummy hash is verified for unknown emails);
 * a throttled attempt is refused before the password is looked at, even
 * when it is the right one. An address the owner has signed in from spends
 * only its own budget, so failures from elsewhere cannot lock the owner out.
 */
export async function authenticate(credentials: Record<string, unknown>, address: string) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;

  const user = await findUserForSignIn(email, address);
  const knownAddress = user?.knownAddress ?? false;
  const waitMs = await reserveSignInAttempt(email, address, knownAddress);
  if (waitMs !== null) throw new Error(throttledMessage(waitMs));

  if (!(await verifyPassword(user?.passwordHash, password)) || !user) throw new Error(WRONG_CREDENTIALS);

  await forgiveSignInAttempts(email, address, knownAddress);
  await rememberSignInAddress(user.id, address);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
