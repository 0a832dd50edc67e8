import { hashPassword } from "@/lib/auth/password";

// Tests make many accounts with a handful of passwords. Hashing each one for every account made them wait on
// argon2, so each password is hashed once per test process, with the app's own settings; sign-up's hashing is
// tested in accounts.test.ts, and every sign-in still verifies against the stored hash for real.
const hashes = new Map<string, Promise<string>>();

/** The password's argon2 hash, as sign-up stores it, computed once per process. */
export function passwordHashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}
