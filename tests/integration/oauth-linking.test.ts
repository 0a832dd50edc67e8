import type { Account, Profile, User } from "next-auth";
import { expect, test, vi } from "vitest";
import { jsonRequest, noContext } from "../support/http";
import { createUser } from "../support/users";
import { POST as requestReset } from "@/app/api/v1/password-resets/route";
import { POST as confirmReset } from "@/app/api/v1/password-resets/confirm/route";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";

/** next-auth's signIn callback, as it runs when a provider hands back this profile. */
function oauthSignIn(email: string, provider: "github" | "google", emailVerifiedByProvider = true) {
  const user = { id: `${provider}-user`, email, name: "From the provider" } as User;
  const account = { provider, providerAccountId: `${provider}-${email}`, type: "oauth" } as Account;
  const profile = { email, email_verified: emailVerifiedByProvider } as Profile;
  return authOptions.callbacks!.signIn!({ user, account, profile });
}

const linkedAccounts = (userId: string) => db.account.count({ where: { userId } });

test("an OAuth sign-in is not linked to a password account whose email was never proved", async () => {
  const user = await createUser();
  expect(await oauthSignIn(user.email, "github")).toBe("/signin?error=EmailNotProven");
  expect(await linkedAccounts(user.id)).toBe(0);
  expect(await db.user.count({ where: { email: user.email } })).toBe(1);
});

test("once a password reset proved the email, the same OAuth sign-in links to that account", async () => {
  const user = await createUser();
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  await requestReset(jsonRequest("/api/v1/password-resets", "POST", { email: user.email }), noContext);
  const token = log.mock.calls
    .flat()
    .join(" ")
    .match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1];
  log.mockRestore();
  await confirmReset(jsonRequest("/api/v1/password-resets/confirm", "POST", { token, newPassword: "a proved passphrase" }), noContext);

  expect(await oauthSignIn(user.email, "github")).toBe(true);
  expect(await linkedAccounts(user.id)).toBe(1);
});

test("a provider that does not vouch for the email is refused, even for a proved account", async () => {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  expect(await oauthSignIn(user.email, "google", false)).toBe("/signin?error=UnverifiedEmail");
  expect(await linkedAccounts(user.id)).toBe(0);
});

test("a new email gets a new account, its email verified by the provider", async () => {
  expect(await oauthSignIn("brand-new@example.test", "google")).toBe(true);
  const created = await db.user.findUniqueOrThrow({ where: { email: "brand-new@example.test" } });
  expect(created.emailVerified).toBeInstanceOf(Date);
  expect(await linkedAccounts(created.id)).toBe(1);
});
