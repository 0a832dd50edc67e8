import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, PASSWORD, randomEmail, signInThroughForm } from "./support/accounts";

test("sign up, sign in, see yourself in the header, sign out", async ({ page }) => {
  const email = randomEmail();
  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByLabel("Name (optional)").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/signin\?registered=1/);
  await expect(page.getByRole("status")).toHaveText("Your account is ready. Sign in with your email and password.");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Settings for Ada Lovelace" })).toBeVisible();
  await banner.getByRole("button", { name: "Sign out" }).click();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
});

test("sign-up shows the field at fault", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("someone@example.test");
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is among the most common ones. Choose another.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // The error goes as soon as the field is corrected, not at the next submit.
  await page.getByLabel("Password").fill("a much less common passphrase");
  await expect(page.getByText("This password is among the most common ones. Choose another.")).toHaveCount(0);
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid", "true");
});

test("a wrong password gets the same message as an unknown email", async ({ page }) => {
  const account = await createAccount();
  await signInThroughForm(page, account.email, "not the right passphrase");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await signInThroughForm(page, randomEmail(), PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("a signed-out visit to /settings goes to sign-in and back after it", async ({ page }) => {
  const account = await createAccount();
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectAccessible(page);
});

test("a callback URL to another site is ignored", async ({ page }) => {
  const account = await createAccount();
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard/);
});

test("a password change signs out a second browser", async ({ browser }) => {
  const account = await createAccount();
  const [first, second] = [await browser.newContext(), await browser.newContext()];
  const [laptop, phone] = [await first.newPage(), await second.newPage()];
  for (const page of [laptop, phone]) {
    await signInThroughForm(page, account.email, account.password);
    await expect(page).toHaveURL(/\/dashboard/);
  }
  await laptop.goto("/settings");
  await laptop.getByLabel("Current password").fill(account.password);
  await laptop.getByLabel("New password").fill("an entirely new passphrase");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status")).toHaveText("Password changed. Every other session has been signed out.");

  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  // The browser that changed it stays signed in, with a new session.
  await laptop.reload();
  await expect(laptop.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await first.close();
  await second.close();
});

test("security headers on a page and on an API route", async ({ request }) => {
  for (const path of ["/", "/api/v1/roles"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toMatch(/object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  }
  const [one, two] = [await request.get("/"), await request.get("/")];
  expect(one.headers()["content-security-policy"]).not.toBe(two.headers()["content-security-policy"]);
});

test("the API answers 401 in the error shape when signed out", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to continue." } });
});

test("a signed-in page renews the session cookie, keeping it 7 days from the last visit", async ({ page }) => {
  const account = await createAccount();
  await signInThroughForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard/);
  const expiryOf = async () => (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!.expires;
  const first = await expiryOf();
  // The dashboard's own renewal must be done first, or it would record itself after we forget it.
  await page.waitForFunction(() => window.localStorage.getItem("skillgap:session-renewed-at") !== null);
  // Forget the last renewal, wait past a whole second, and visit again: the cookie's expiry moves forward.
  await page.evaluate(() => window.localStorage.removeItem("skillgap:session-renewed-at"));
  await page.waitForTimeout(1100);
  const renewed = page.waitForResponse((response) => response.url().endsWith("/api/auth/session"));
  await page.goto("/assess");
  await renewed;
  expect(await expiryOf()).toBeGreaterThan(first);
  expect(await expiryOf()).toBeLessThanOrEqual(Date.now() / 1000 + 7 * 86_400 + 5);
});
