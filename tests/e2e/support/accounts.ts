import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { seedAccount } from "./seed";

export const PASSWORD = "a long and unusual passphrase";

export function randomEmail(): string {
  return `e2e-${randomUUID()}@example.test`;
}

/** A new account in the suite's server's database (seed.ts says why not through sign-up): each test seeds its own user. */
export async function createAccount(name = "Test Person") {
  const email = randomEmail();
  await seedAccount(email, PASSWORD, name);
  return { email, password: PASSWORD, name };
}

export async function signInThroughForm(page: Page, email: string, password: string, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A fresh account, signed in on this page. */
export async function signedInPage(page: Page, name = "Test Person") {
  const account = await createAccount(name);
  await signInThroughForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard/);
  return account;
}
