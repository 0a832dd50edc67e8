import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { SESSION_COOKIE } from "./api";
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

/**
 * Signs this page's browser context in as the sign-in form does, by next-auth's CSRF token and credentials callback,
 * without opening the form: the server checks the password and sets the session cookie in the context's cookie jar
 * (page.request shares it). For tests about another page; accounts.spec.ts and dashboard.spec.ts sign in through the form.
 */
export async function signInWithoutForm(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session, `sign-in refused: ${response.status()} ${await response.text()}`).toBeTruthy();
}

/** A fresh account, signed in on this page's browser context; the page has not loaded anything yet. */
export async function signedInPage(page: Page, name = "Test Person") {
  const account = await createAccount(name);
  await signInWithoutForm(page, account.email, account.password);
  return account;
}
