import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { attemptSignIn, PASSWORD, randomEmail, signIn, signUp } from "./support/api";
import { OwnServer, ownPort } from "./support/server";

// A server of its own, so the test can read its log: without SMTP_URL the
// reset link is written there, the way a self-hoster on the default gets it.
const server = new OwnServer(ownPort(21));
const NEW_PASSWORD = "a recovered and unusual passphrase";

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await server.start();
});
test.afterAll(async () => {
  await server.kill();
});

/** The link the server logged for this email. */
async function loggedResetLink(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const line = server.stdout.split("\n").find((text) => text.includes(`to ${email}:`) && text.includes("/reset-password?token="));
      link = line?.match(/(\S+\/reset-password\?token=[A-Za-z0-9_-]+)/)?.[1];
      return link;
    })
    .toBeDefined();
  return link!;
}

async function inBothThemes(page: Page, name: string, screenshot: (file: string) => string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
    await page.screenshot({ path: screenshot(`${name}-390-${scheme}.png`), fullPage: true });
  }
}

test("forgot password: the logged link resets it, the new password signs in and the old one no longer does", async ({ page }, testInfo) => {
  const { email } = await signUp(server.url, randomEmail("recovery"));
  // A share link made before the reset (by the owner, or by whoever had the password).
  const before = await signIn(server.url, email);
  expect((await before.send("POST", "/api/v1/shares", { json: { expiresInDays: 30, showNotes: true } })).status).toBe(201);
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`${server.url}/signin`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(`${server.url}/forgot-password`);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await inBothThemes(page, "forgot-password", (file) => testInfo.outputPath(file));

  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists for that email, we've sent a link");
  await inBothThemes(page, "forgot-password-sent", (file) => testInfo.outputPath(file));

  const link = await loggedResetLink(email);
  expect(new URL(link).origin).toBe(server.url);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await inBothThemes(page, "reset-password", (file) => testInfo.outputPath(file));

  // Errors per field: the two differ; then a password the server's policy refuses.
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(`${NEW_PASSWORD}!`);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("password1");
  await page.getByLabel("New password again").fill("password1");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("This password is among the most common ones. Choose another.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await inBothThemes(page, "reset-password-errors", (file) => testInfo.outputPath(file));

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(`${server.url}/signin?reset=1&callbackUrl=%2Fsettings%2Faccess`);
  await expect(page.getByRole("status")).toContainText("Your password is changed");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signed in again, the owner is shown what outlives a password change: the share link made before it, revocable at once.
  await expect(page).toHaveURL(`${server.url}/settings/access`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who can see your data");
  const links = page.getByRole("list", { name: "Your share links" });
  await expect(links.getByRole("listitem")).toHaveCount(1);
  await links.getByRole("button", { name: /^Revoke the link created/ }).click();
  await expect(links).toHaveCount(0);
  await expectAccessible(page);

  const old = await attemptSignIn(server.url, email, PASSWORD);
  expect(old.cookie).toBeNull();
  expect(old.error).toMatch(/incorrect/);

  // The link worked once, and says so before asking for a password.
  await page.goto(link);
  await expect(page.getByText("This reset link is used up, has expired or is not valid.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL(`${server.url}/forgot-password`);
});
