import { mkdirSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

const DAY = 86_400_000;

// Two signed-in flows, a second browser context and eight full-page screenshots each: more than the default minute on a shared 2-core machine.
test.slow();
const SCREENSHOTS = "test-results/screenshots";

/** Screenshots at 390 and 1440 px in both themes, saved under test-results/screenshots and attached to the results. */
async function screenshots(page: Page, testInfo: TestInfo, name: string, waitFor?: () => Promise<unknown>) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await waitFor?.();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      const file = `${name}-${scheme}-${width}.png`;
      const body = await page.screenshot({ path: `${SCREENSHOTS}/${file}`, fullPage: true });
      await testInfo.attach(file, { body, contentType: "image/png" });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function expectSecurityHeaders(response: { headers(): Record<string, string> } | null) {
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBeTruthy();
}

test("a share link shows the profile read-only to a signed-out visitor, counts the view, and is a 404 once revoked", async ({
  page,
  browser,
}, testInfo) => {
  const account = await createAccount("Dana Share");
  const now = Date.now();
  const latest = (await allSkillsAt(3)).map((rating) =>
    rating.skill === "eda" ? { ...rating, note: "Churn analysis notebooks" } : rating,
  );
  await seedAssessments(account.email, [
    { at: new Date(now - 60 * DAY), ratings: await allSkillsAt(1) },
    { at: new Date(now - 30 * DAY), ratings: await allSkillsAt(2) },
    { at: new Date(now - DAY), ratings: latest },
  ]);
  await signInWithoutForm(page, account.email, account.password);
  await page.goto("/settings");
  const shares = page.getByRole("region", { name: "Share your profile" });
  await shares.getByLabel("Days until it expires").fill("7");
  await shares.getByLabel("Show my evidence notes").check();
  await shares.getByRole("button", { name: "Create share link" }).click();
  const link = await shares.getByLabel("The new link").inputValue();
  expect(link).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);

  const visitor = await browser.newContext();
  const shared = await visitor.newPage();
  const response = await shared.goto(link);
  expect(response?.status()).toBe(200);
  await expectSecurityHeaders(response);
  await expect(shared.getByRole("heading", { level: 1, name: "Dana Share's skills profile" })).toBeVisible();
  await expect(shared.getByText(/Last updated \d+ \w+ \d{4}/)).toBeVisible();
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // Everything at 3: Data Scientist 80.2%, Machine Learning Engineer 73.1%, Machine Learning Researcher 68.7%.
  const roles = shared.getByRole("region", { name: "Readiness per role" }).getByRole("listitem");
  await expect(roles.nth(0)).toContainText("Data Scientist80%");
  await expect(roles.nth(1)).toContainText("Machine Learning Engineer73%");
  await expect(shared.getByRole("figure", { name: /Readiness over time for Data Scientist/ })).toBeVisible();
  await expect(shared.getByRole("row", { name: /Exploratory data analysis/ })).toContainText("3 CompetentChurn analysis notebooks");
  // Nothing leads into the account: no dashboard, settings, history or assessment links, and no email.
  for (const path of ["/dashboard", "/settings", "/history", "/assess", "/compare"])
    await expect(shared.locator(`a[href^="${path}"]`)).toHaveCount(0);
  await expect(shared.getByText(account.email)).toHaveCount(0);
  await expectAccessible(shared);
  await screenshots(shared, testInfo, "shared-profile", () =>
    shared
      .getByRole("figure", { name: /Readiness over time/ })
      .locator("svg")
      .first()
      .waitFor(),
  );

  await page.reload();
  const listed = page.getByRole("list", { name: "Your share links" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(/\d+ views? · shows notes/);
  await listed.getByRole("button", { name: /Revoke/ }).click();
  await expect(page.getByRole("list", { name: "Your share links" })).toHaveCount(0);

  const revoked = await shared.goto(link);
  expect(revoked?.status()).toBe(404);
  await expect(shared.getByText("Dana Share")).toHaveCount(0);
  // It says what happened, not that the page might belong to another account.
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText("This shared profile is not available");
  await expect(shared.getByText("Its owner turned the link off, or it expired.")).toBeVisible();
  await expect(shared.getByText(/another account/)).toHaveCount(0);
  const madeUp = await shared.goto("/p/this-token-was-never-issued");
  expect(madeUp?.status()).toBe(404);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText("This shared profile is not available");
  const unknownReview = await shared.goto("/review/this-token-was-never-issued");
  expect(unknownReview?.status()).toBe(404);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText("This review link is not available");
  await expectAccessible(shared);
  await visitor.close();
});

// The reviewer's levels: programming 2, statistics 4, mathematics 3, EDA 2, everything else 0.
const REVIEWER_LEVELS: Record<string, number> = { programming: 2, statistics: 4, mathematics: 3, eda: 2 };

test("a mentor answers a single-use review link signed out, and the owner's dashboard shows the calibration", async ({
  page,
  browser,
}, testInfo) => {
  const account = await createAccount("Dana Review");
  // FRAMEWORK.md's worked example: programming 3, statistics 4, mathematics 2.
  await seedAssessments(account.email, [
    {
      at: new Date(Date.now() - DAY),
      ratings: [
        { skill: "programming", level: 3 },
        { skill: "statistics", level: 4 },
        { skill: "mathematics", level: 2 },
      ],
    },
  ]);
  await signInWithoutForm(page, account.email, account.password);
  await page.goto("/settings");
  const reviews = page.getByRole("region", { name: "Ask for a review" });
  await reviews.getByLabel("Reviewer's name").fill("Grace");
  await reviews.getByRole("button", { name: "Create review link" }).click();
  const link = await reviews.getByLabel("The new link").inputValue();
  expect(link).toMatch(/\/review\/[A-Za-z0-9_-]{43}$/);
  await expect(reviews.getByRole("list", { name: "Your reviews" })).toContainText("Grace: waiting");

  const mentor = await browser.newContext();
  const form = await mentor.newPage();
  const response = await form.goto(link);
  expect(response?.status()).toBe(200);
  await expectSecurityHeaders(response);
  await expect(form.getByRole("heading", { level: 1, name: "Review Dana Review's skills" })).toBeVisible();
  // Independent: none of the owner's levels is pre-selected.
  await expect(form.locator("input[type=radio]:checked")).toHaveCount(0);
  await expectAccessible(form);
  await form.getByRole("button", { name: "Send my review of Dana Review" }).click();
  await expect(form.getByText("Rate every skill before sending: 20 still to rate")).toBeVisible();
  const slugs = await form
    .locator("input[type=radio][value='0']")
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute("name")!));
  expect(slugs).toHaveLength(20);
  for (const slug of slugs) await form.locator(`input[name="${slug}"][value="${REVIEWER_LEVELS[slug] ?? 0}"]`).check();
  await form.getByLabel("Note on Exploratory data analysis (optional)").fill("Saw the churn notebooks");
  await form.getByRole("button", { name: "Send my review of Dana Review" }).click();
  await expect(form.getByText("Thank you. Your review has been sent to Dana Review.")).toBeVisible();
  await form.reload();
  await expect(form.getByText("This review link has already been answered")).toBeVisible();
  const again = await form.request.post(`/api/v1/reviews/${link.split("/review/")[1]}/response`, {
    data: { ratings: slugs.map((skill) => ({ skill, level: 5 })) },
  });
  expect(again.status()).toBe(410);
  await mentor.close();

  await page.goto("/dashboard");
  const calibration = page.getByRole("region", { name: "Second opinion from Grace" });
  const rows = calibration.getByRole("row");
  // sum(w*T) 106, 119, 115; self shortfalls 83, 106, 88; Grace's 81, 107, 86.
  await expect(rows.filter({ hasText: "Data Scientist" })).toContainText("22%24%+1.9 points");
  await expect(rows.filter({ hasText: "Machine Learning Engineer" })).toContainText("11%10%−0.8 points");
  await expect(rows.filter({ hasText: "Machine Learning Researcher" })).toContainText("23%25%+1.7 points");
  await expect(calibration.getByRole("listitem").filter({ hasText: "Programming in Python or R" })).toContainText("you 3, Grace 2");
  const higher = calibration.getByRole("heading", { name: "Grace rates you higher than you do" }).locator("xpath=..");
  await expect(higher.getByRole("listitem")).toHaveText([
    /^Exploratory data analysis: you 0, Grace 2$/,
    /^Advanced mathematics.*: you 2, Grace 3$/,
  ]);
  await expectAccessible(page);
  await screenshots(page, testInfo, "calibration", () => calibration.waitFor());

  await page.goto("/history");
  await expect(page.getByRole("region", { name: "Reviews received" })).toContainText("Grace rated you.");
  await page.goto("/settings");
  await expect(page.getByRole("list", { name: "Your reviews" })).toContainText("Grace: answered");
});
