import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createUserUnlessExists } from "@/lib/db/users";
import { validationFailed } from "@/lib/domain/errors";
import { SIGN_UP_ACCEPTED, type SignUpData } from "@/lib/schemas/account";

/**
 * Creates an account. The answer is the same whether or not the email already
 * had one: an existing account is left exactly as it was, and its owner simply
 * signs in with the password they already have. The password is hashed in
 * both cases, so the two take the same time.
 */
export async function signUp({ email, password, name }: SignUpData): Promise<{ message: string }> {
  const problem = passwordProblem(password, email);
  if (problem) throw validationFailed({ password: problem });
  await createUserUnlessExists({ email, name: name || null, passwordHash: await hashPassword(password) });
  return { message: SIGN_UP_ACCEPTED };
}
