import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { signUp } from "@/lib/services/sign-up";

export const GOOD_PASSWORD = "a long and unusual passphrase";

/** A new account with a random email, made through the real sign-up. */
export async function createUser(name = "Test user") {
  const email = `user-${randomUUID()}@example.test`;
  await signUp({ email, password: GOOD_PASSWORD, name });
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, sessionVersion: true } });
}
