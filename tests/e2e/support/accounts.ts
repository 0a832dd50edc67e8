import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const PASSWORD = "a long and unusual passphrase";

export function randomEmail(): string {
  return `e2e-${randomUUID()}@example.test`;
}

/** Creates an account through the JSON API: each test seeds its own user. */
export async function createAccount(request: APIRequestContext, name = "Test Person") {
  const email = randomEmail();
  const response = await request.post("/api/v1/users", { data: { email, password: PASSWORD, name } });
  expect(response.status()).toBe(202);
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
  const account = await createAccount(page.request, name);
  await signInThroughForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard/);
  return account;
}
