import { expect, test } from "@playwright/test";
import { DESKTOP, expectAccessible, PHONE } from "./support/accessibility";
import { createAccount, signInThroughForm } from "./support/accounts";
import { allSkillsAt, seedAssessments, utcDate } from "./support/seed";

const DAY = 86_400_000;

test("a first-time user is led to the assessment", async ({ page }) => {
  const account = await createAccount();
  await signInThroughForm(page, account.email, account.password);
  await expect(page.getByRole("heading", { name: "Start with a self-assessment" })).toBeVisible();
  await page.getByRole("link", { name: "Assess yourself" }).click();
  await expect(page).toHaveURL(/\/assess$/);
});

test("three assessments a month apart, a target and a goal: the dashboard reads like a person expects", async ({ page }, testInfo) => {
  const account = await createAccount("Dana");
  const now = Date.now();
  // Every skill at 1, then 2, then 3: Data Scientist readiness 31.1%, 57.5%, 80.2%.
  await seedAssessments(account.email, [
    { at: new Date(now - 60 * DAY), ratings: await allSkillsAt(1) },
    { at: new Date(now - 30 * DAY), ratings: await allSkillsAt(2) },
    { at: new Date(now), ratings: await allSkillsAt(3) },
  ]);
  await signInThroughForm(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Dana's dashboard" })).toBeVisible();

  // Before a target is chosen, the best fit is suggested.
  await expect(page.getByText("No target yet. Your best fit today is Data Scientist")).toBeVisible();
  await page.getByLabel("Target role").selectOption("data-scientist");
  await page.getByLabel("Goal readiness (%)").fill("90");
  await page.getByLabel("Goal date (optional)").fill("2099-12-31");
  await page.getByRole("button", { name: "Save target and goal" }).click();
  await expect(page.getByText("Target and goal saved.")).toBeVisible();

  const cards = page.getByRole("region", { name: "Readiness per role" }).getByRole("listitem");
  await expect(cards.nth(0)).toContainText("Rank 1 of 3Your targetData Scientist80%11 of 19 skills met");
  await expect(cards.nth(1)).toContainText("Rank 2 of 3Machine Learning Engineer73%");
  await expect(cards.nth(2)).toContainText("Rank 3 of 3Machine Learning Researcher69%");

  const next = page.getByRole("region", { name: "Work on next" });
  await expect(next).toContainText(
    "For Data Scientist: Programming in Python or R, from level 3 towards 4. One level up adds +2.8 points of readiness.",
  );
  await expect(next).toContainText("Across all three roles: Programming in Python or R.");

  const pace = page.getByRole("region", { name: "Pace" });
  await expect(pace).toContainText("Trend: +24.5 points per 30 days, over your last 3 assessments.");
  // From 80.2% at 24.5 points per 30 days, 90% is 12 days after the latest assessment.
  await expect(pace).toContainText(`At this pace you reach 90% on ${utcDate(new Date(now + 12 * DAY))}.`);
  await expect(pace).toContainText("On track for your goal date, 31 December 2099.");

  await expect(page.getByRole("figure", { name: /Readiness over time for Data Scientist/ })).toBeVisible();
  await page.getByRole("checkbox", { name: "Show Machine Learning Engineer" }).check();
  await expect(page.getByRole("figure", { name: /Readiness over time for Data Scientist, Machine Learning Engineer/ })).toBeVisible();
  const gap = page.getByRole("figure", { name: "Your level against the Data Scientist target, skill by skill" });
  await expect(gap).toBeVisible();
  await gap.getByText("Show the data as a table").click();
  // Grouped by category, the costliest first: Data and modelling, led by its core skills (w=3) one level short.
  await expect(gap.getByRole("row").nth(1)).toContainText("Data visualisation3 Competent4 Proficient13 (core skill)3");
  // In words first; the arithmetic, with its decimals, behind a disclosure.
  const explanation = page.getByRole("region", { name: "Why you are 80% ready for Data Scientist" });
  await expect(explanation).toContainText("Programming in Python or R: you are at 3, the role expects 4; this costs you 3 of 100 points.");
  const working = explanation.getByText("How is this worked out?");
  await expect(explanation.getByText(/weighted levels/).first()).toBeHidden();
  await working.click();
  await expect(explanation).toContainText("so your readiness is 1 − 21/106 = 80.2%, shown as 80%.");
  await expect(explanation).toContainText(
    "Programming in Python or R: 1 level short × weight 3 (a core skill) = 3 of the 106 weighted levels = 2.8 of 100 points.",
  );
  await expectAccessible(page);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [label, size] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await page
        .getByRole("figure", { name: /Readiness over time/ })
        .locator("svg")
        .first()
        .waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `dashboard scrolls sideways at ${label} width`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`dashboard-${scheme}-${label}.png`), fullPage: true });
    }
  }
  await expectAccessible(page);
});

test("what-if mode moves every role's readiness at once and saves nothing", async ({ page }) => {
  const account = await createAccount();
  await seedAssessments(account.email, [{ at: new Date(), ratings: await allSkillsAt(3) }]);
  await signInThroughForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("listitem", { name: "Data Scientist" })).toContainText("80%");
  // Client-side navigation from here on, so the dashboard's cached answer stays in memory.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  const ranking = page.getByRole("region", { name: "Your readiness" });
  await expect(ranking.getByRole("listitem", { name: "Data Scientist" })).toContainText("80%");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Try what-if" }).click();
  await page.getByLabel("What-if level for Programming in Python or R").selectOption("4");
  const whatIf = page.getByRole("region", { name: "What-if readiness" });
  await expect(whatIf.getByRole("listitem", { name: "Data Scientist" })).toContainText("83%+2.8 points from your saved assessment");
  await expect(whatIf.getByRole("listitem", { name: "Machine Learning Engineer" })).toContainText("76%+2.5 points");
  await expect(page.getByRole("row", { name: /Programming in Python or R/ })).toContainText("5 Expert (short by 1)");
  await expectAccessible(page);

  const history = await page.request.get("/api/v1/assessments");
  expect((await history.json()).items).toHaveLength(1);

  await page.getByRole("button", { name: "Save as a new assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await (await page.request.get("/api/v1/assessments")).json()).items).toHaveLength(2);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("listitem", { name: "Data Scientist" })).toContainText("83%");
});
