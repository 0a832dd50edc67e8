import { expect, test } from "@playwright/test";
import { expectAccessible, screenshotAtWidths } from "./support/accessibility";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments, utcDate } from "./support/seed";

/** Every skill at 3, aiming at Data Scientist: the next best skills are programming, statistics and visualisation (w=3, 3 -> 4). */
async function competentDataScientist(page: import("@playwright/test").Page) {
  const account = await createAccount("Plan Person");
  await seedAssessments(account.email, [{ at: new Date(Date.now() - 86_400_000), ratings: await allSkillsAt(3) }]);
  await signInWithoutForm(page, account.email, account.password);
  expect((await page.request.patch("/api/v1/me", { data: { targetRole: "data-scientist" } })).status()).toBe(200);
  await page.goto("/dashboard");
  return account;
}

test("the dashboard's next skill opens its page: levels for this skill, why each role needs it, where to learn it", async ({
  page,
}, testInfo) => {
  await competentDataScientist(page);
  await page.getByRole("region", { name: "Work on next" }).getByRole("link", { name: "Programming in Python or R" }).first().click();
  await expect(page).toHaveURL(/\/skills\/programming$/);
  await expect(page.getByRole("heading", { level: 1, name: "Programming in Python or R" })).toBeVisible();

  const levels = page.getByRole("region", { name: "What each level looks like" }).getByRole("listitem");
  await expect(levels).toHaveCount(6);
  await expect(levels.nth(3)).toContainText("3 Competent");
  await expect(levels.nth(3)).toContainText("pandas");

  const roles = page.getByRole("region", { name: "Why each role needs it" });
  await expect(roles.getByRole("listitem").filter({ hasText: "Data Scientist" })).toContainText(
    "Target 4 Proficient · weight 3, core skill",
  );
  await expect(roles.getByRole("listitem").filter({ hasText: "Machine Learning Engineer" })).toContainText("Target 5 Expert");

  // Signed in at 3: the guide lists nothing for programming above 3, so all its resources stay, and the page says why.
  const learn = page.getByRole("region", { name: "Where to learn it" });
  await expect(learn).toContainText("none is written for a level above yours yet, so all are listed");
  const resources = learn.getByRole("link");
  expect(await resources.count()).toBeGreaterThanOrEqual(3);
  for (const href of await resources.evaluateAll((links) => links.map((link) => link.getAttribute("href"))))
    expect(href).toMatch(/^https:\/\//);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await screenshotAtWidths(page, "skill-programming", (file) => testInfo.outputPath(file));

  // The reader's own standing, and the next level into the plan in one click.
  const standing = page.getByRole("region", { name: "You and this skill" });
  await expect(standing).toContainText("You are at 3 Competent. Data Scientist (your target) expects 4 Proficient.");
  await standing
    .getByRole("button", { name: `Add level 4 Proficient to my plan, by ${utcDate(new Date(Date.now() + 28 * 86_400_000))}` })
    .click();
  await expect(standing).toContainText("In your plan level 4 Proficient");
  await page.goto("/dashboard");
  await expect(
    page.getByRole("region", { name: "Your learning plan" }).getByRole("listitem", { name: "Programming in Python or R" }),
  ).toContainText("Level 3 of 4 Proficient");

  // Statistics lists a level-4 resource: at 3, the page starts there.
  await page.goto("/skills/statistics");
  const statistics = page.getByRole("region", { name: "Where to learn it" });
  await expect(statistics).toContainText("starting at your next level, 4 Proficient");
  await expect(statistics.getByRole("heading", { level: 3 })).toHaveText(["To reach 4 Proficient"]);
});

test("/skills lists every skill, and a role page links to them", async ({ page }) => {
  await page.goto("/skills");
  await expect(page.getByRole("link", { name: "Containers and orchestration (Docker, Kubernetes)" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/roles/ml-engineer");
  await page.getByRole("link", { name: "MLOps and CI/CD pipelines" }).click();
  await expect(page).toHaveURL(/\/skills\/mlops$/);
  expect((await page.goto("/skills/juggling"))?.status()).toBe(404);
});

test("adopt the suggested plan, then an assessment that reaches an item marks it met and celebrates it once", async ({
  page,
}, testInfo) => {
  await competentDataScientist(page);
  const plan = page.getByRole("region", { name: "Your learning plan" });
  // One level each, a step every four weeks, each with two resources.
  const steps = ["Programming in Python or R", "Statistics and probability", "Data visualisation"];
  for (const [index, name] of steps.entries()) {
    const step = plan.getByRole("listitem", { name });
    await expect(step).toContainText(
      `Step ${index + 1}: ${name}, from 3 to 4 Proficient by ${utcDate(new Date(Date.now() + (index + 1) * 28 * 86_400_000))}`,
    );
    await expect(step).toContainText("adds 3 points for Data Scientist");
    await expect(step.getByRole("list", { name: `Resources for ${name}` }).getByRole("link")).toHaveCount(2);
  }
  await plan.getByRole("button", { name: "Adopt this plan" }).click();
  await expect(plan).toContainText("0 of 3 met.");
  await expect(plan.getByRole("listitem", { name: "Statistics and probability" })).toContainText("Level 3 of 4 Proficient");

  await page.goto("/assess");
  await page
    .getByRole("group", { name: /^Statistics and probability/ })
    .getByRole("radio", { name: /^4 Proficient/ })
    .check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/dashboard");
  await expect(plan).toContainText("1 of 3 met.");
  const statistics = plan.getByRole("listitem", { name: "Statistics and probability" });
  await expect(statistics).toContainText("Met");
  await expect(statistics.getByRole("link", { name: "met in this assessment" })).toHaveAttribute("href", /^\/history\/.+/);
  await expect(plan.getByRole("status")).toContainText("Well done: you reached your target in Statistics and probability (4 Proficient).");
  await expectAccessible(page);
  const screenshot = testInfo.outputPath("dashboard-with-plan.png");
  await plan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("dashboard-with-plan", { path: screenshot, contentType: "image/png" });

  // Celebrated once: the next visit shows the mark, not the celebration.
  await page.reload();
  await expect(statistics).toContainText("Met");
  await expect(plan.getByRole("status")).toHaveCount(0);

  // The met item's link leads to the assessment that met it.
  await statistics.getByRole("link", { name: "met in this assessment" }).click();
  await expect(page.getByRole("row", { name: /Statistics and probability/ })).toContainText("4 Proficient");

  // A skill of one's own choosing, from the keyboard: the form is drawn only once its disclosure is opened.
  await page.goto("/dashboard");
  await expect(plan.getByLabel("Skill")).toHaveCount(0);
  await plan.getByText("Add a skill to the plan").focus();
  await page.keyboard.press("Enter");
  await plan.getByLabel("Skill").selectOption({ label: "MLOps and CI/CD pipelines" });
  await plan.getByLabel("Target level").selectOption({ label: "4 Proficient" });
  await plan.getByRole("button", { name: "Add to plan" }).click();
  await expect(plan).toContainText("1 of 4 met.");
  await page.reload();
  await expect(plan.getByRole("listitem", { name: "MLOps and CI/CD pipelines" })).toContainText("Level 3 of 4 Proficient");
});

test("settings: a reassessment rhythm shows on the dashboard, and the calendar feed can be made and revoked", async ({ page }) => {
  await competentDataScientist(page);
  await page.goto("/settings");
  const reminders = page.getByRole("region", { name: "Reassessment reminders" });
  await reminders.getByRole("radio", { name: "4 weeks" }).check();
  await reminders.getByRole("button", { name: "Save rhythm" }).click();
  await expect(reminders.getByRole("status")).toContainText("Saved. Your next reassessment is due");
  await reminders.getByRole("button", { name: "Make a feed address" }).click();
  const address = reminders.getByLabel(/Your feed address/);
  await expect(address).toHaveValue(/\/api\/v1\/reminders\.ics\?token=[\w-]{40,}$/);
  const feedUrl = await address.inputValue();
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VEVENT");
  await expectAccessible(page);

  await reminders.getByRole("button", { name: "Revoke the feed" }).click();
  await expect(reminders.getByRole("status").filter({ hasText: "The feed is revoked" })).toBeVisible();
  expect((await page.request.get(feedUrl)).status()).toBe(404);

  await page.goto("/dashboard");
  await expect(page.getByText(/Next reassessment due \d+ \w+ \d{4} \(every 4 weeks\)/)).toBeVisible();
});
