import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { stepResources } from "@/lib/domain/skill-guides";
import { allSkillsAt, seedAssessments, utcDate } from "./support/seed";

const DAY = 86_400_000;
const STEP = 28 * DAY;
const SHOTS = "/work/shots/monthly";

/** The dashboard's top (or one section of it) in both themes, at a phone's and a desktop's width, for a person to look at. */
async function photograph(page: Page, name: string, section?: Locator) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      const path = `${SHOTS}/${name}-${width}-${scheme}.png`;
      await (section ? section.screenshot({ path }) : page.screenshot({ path }));
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** Every skill at one level, assessed yesterday, no target yet (at 3, Data Scientist is the best fit at 80.2%, 11 of its 19 skills met). */
async function personAt(page: Page, level: number) {
  const account = await createAccount("Month Person");
  await seedAssessments(account.email, [{ at: new Date(Date.now() - DAY), ratings: await allSkillsAt(level) }]);
  await signInWithoutForm(page, account.email, account.password);
  await page.goto("/dashboard");
  return page.getByRole("region", { name: "This month" });
}

test("This month: pick a target from the ranking, then add the one step now to the plan in one click", async ({ page }) => {
  const thisMonth = await personAt(page, 3);
  // It comes before anything else on the dashboard.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("This month");
  await expect(thisMonth).toContainText("First pick the role you are aiming for");
  await expect(thisMonth.getByRole("listitem")).toHaveText([
    /^Data Scientist: 80% ready, 11 of 19 skills met Best fit/,
    /^Machine Learning Engineer: 73% ready/,
    /^Machine Learning Researcher: 69% ready/,
  ]);
  await photograph(page, "this-month-pick-target");

  await thisMonth.getByRole("button", { name: "Aim for Data Scientist" }).click();
  await expect(thisMonth).toContainText("You are 80% ready for Data Scientist, and meet 11 of 19 of its skills.");
  // A goal was never set: no "goal of 100%" anywhere (the chart's caption said so before).
  await expect(page.getByText(/goal of/)).toHaveCount(0);
  await expect(page.getByRole("figure", { name: /Readiness over time/ })).not.toHaveAccessibleName(/goal/);
  // One level of the next best skill, not the role's target; four weeks out; what it adds in whole points.
  await expect(thisMonth).toContainText(
    `Programming in Python or R: from level 3 to 4 Proficient, by ${utcDate(new Date(Date.now() + STEP))}. It adds 3 points to your readiness for Data Scientist.`,
  );
  const resources = thisMonth.getByRole("list", { name: "Resources for Programming in Python or R" }).getByRole("listitem");
  const expected = stepResources("programming", 4);
  expect(expected).toHaveLength(2);
  for (const [index, resource] of expected.entries()) {
    await expect(resources.nth(index)).toContainText(`${resource.title} (${resource.kind}, level ${resource.level})`);
    await expect(resources.nth(index).getByRole("link")).toHaveAttribute("href", resource.url);
  }
  await photograph(page, "this-month-step");
  const explanation = page.getByRole("region", { name: "Why you are 80% ready for Data Scientist" });
  await explanation.getByText("How is this worked out?").click();
  await photograph(page, "explanation", explanation);

  await thisMonth.getByRole("button", { name: "Add to my plan" }).click();
  await expect(thisMonth).toContainText("In your plan");
  await expect(thisMonth.getByRole("button", { name: "Add to my plan" })).toHaveCount(0);
  const plan = page.getByRole("region", { name: "Your learning plan" });
  await expect(plan.getByRole("listitem", { name: "Programming in Python or R" })).toContainText(
    `Level 3 of 4 Proficient · due ${utcDate(new Date(Date.now() + STEP))}`,
  );
  await page.reload();
  await expect(thisMonth).toContainText("In your plan");
  await photograph(page, "this-month-in-plan");

  // The whole dashboard, for a person to look at, with its height at a phone's width.
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/dashboard-full-${width}-light.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 900 });
  console.log(`dashboard height at 390 px: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
});

test("a plan step: its date can be changed, and once met it is celebrated once and the next level is offered", async ({ page }) => {
  // Every skill at 2: the Data Scientist's core skills (target 4) are each two levels short, and the plan takes them one at a time.
  const thisMonth = await personAt(page, 2);
  await thisMonth.getByRole("button", { name: "Aim for Data Scientist" }).click();
  const plan = page.getByRole("region", { name: "Your learning plan" });
  await plan.getByRole("button", { name: "Adopt this plan" }).click();
  await expect(plan).toContainText("0 of 3 met.");

  // Dates are four weeks apart by default, and each can be changed.
  const statistics = plan.getByRole("listitem", { name: "Statistics and probability" });
  await expect(statistics).toContainText(`due ${utcDate(new Date(Date.now() + 2 * STEP))}`);
  const later = new Date(Date.now() + 70 * DAY);
  await statistics.getByLabel("Due date").fill(later.toISOString().slice(0, 10));
  await statistics.getByRole("button", { name: "Change date" }).click();
  await expect(statistics).toContainText(`due ${utcDate(later)}`);
  await page.reload();
  await expect(statistics).toContainText(`due ${utcDate(later)}`);
  await photograph(page, "plan-steps", plan);

  await page.goto("/assess");
  await page
    .getByRole("group", { name: /^Statistics and probability/ })
    .getByRole("radio", { name: /^3 Competent/ })
    .check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/dashboard");
  await expect(plan.getByRole("status")).toContainText("Well done: you reached your target in Statistics and probability (3 Competent).");
  await expect(statistics).toContainText("Met");
  await statistics.getByRole("button", { name: "Next step: level 4 Proficient" }).click();
  await expect(statistics).toContainText(`Level 3 of 4 Proficient · due ${utcDate(new Date(Date.now() + STEP))}`);
  await expect(plan).toContainText("0 of 3 met.");
  await page.reload();
  // Celebrated once; the next step stays in the plan.
  await expect(plan.getByRole("status")).toHaveCount(0);
  await expect(statistics).toContainText("Level 3 of 4 Proficient");
});
