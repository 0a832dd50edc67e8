import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { reserveSignUp } from "@/lib/db/throttles";
import { createUserUnlessExists } from "@/lib/db/users";
import { tooManyRequests, validationFailed } from "@/lib/domain/errors";
import { SIGN_UP_ACCEPTED, type SignUpData } from "@/lib/schemas/account";

/**
 * Creates an account. The answer is the same whether or not the email already
 * had one: an existing account is left exactly as it was, and its owner simply
 * signs in with the password they already have. The password is hashed in
 * both cases, so the two take the same time. Throttled per client address
 * (lib/db/throttles.ts), after the password policy: a refused password
 * spends nothing.
 */
export async function signUp({ email, password, name }: SignUpData, clientAddress: string): Promise<{ message: string }> {
  const problem = passwordProblem(password, email);
  if (problem) throw validationFailed({ password: problem });
  const waitMs = await reserveSignUp(clientAddress);
  if (waitMs !== null) throw tooManyRequests("sign-ups from your network", waitMs);
  await createUserUnlessExists({ email, name: name || null, passwordHash: await hashPassword(password) });
  return { message: SIGN_UP_ACCEPTED };
}
