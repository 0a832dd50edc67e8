import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, randomEmail, signUp } from "./support/api";
import { OwnServer, ownPort } from "./support/server";

// The README's default: NEXTAUTH_URL unset, on a port other than 3000. Every
// way out of a session must land on this server, signed out, never on
// http://localhost:3000.
const server = new OwnServer(ownPort(13), { nextAuthUrl: false });

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await server.start();
});
test.afterAll(async () => {
  await server.kill();
});

async function signedIn(page: Page) {
  const { email } = await signUp(server.url, randomEmail("origin"));
  await page.goto(`${server.url}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${server.url}/dashboard`);
  return email;
}

async function expectSignedOutAt(page: Page, path: string) {
  await page.waitForURL(`${server.url}${path}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  const session = await page.request.get(`${server.url}/api/auth/session`);
  expect(await session.json()).toEqual({});
}

test("sign out stays on the server's own origin", async ({ page }) => {
  await signedIn(page);
  const answered: string[] = [];
  page.on("response", async (response) => {
    if (response.url().includes("/api/auth/"))
      answered.push(...((await response.text().catch(() => "")).match(/https?:\/\/[^"\s]+/g) ?? []));
  });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expectSignedOutAt(page, "/");
  expect(answered.filter((url) => !url.startsWith(server.url))).toEqual([]);
});

test("sign out everywhere stays on the server's own origin", async ({ page }) => {
  await signedIn(page);
  await page.goto(`${server.url}/settings`);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expectSignedOutAt(page, "/signin");
});

test("deleting the account stays on the server's own origin", async ({ page }) => {
  await signedIn(page);
  await page.goto(`${server.url}/settings`);
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your current password, to confirm").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete account and all data" }).click();
  await expectSignedOutAt(page, "/");
});
