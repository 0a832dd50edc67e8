import { expect, test } from "@playwright/test";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

// A viewer eight hours behind UTC: late evening there is already the next day in UTC.
test.use({ timezoneId: "America/Los_Angeles" });

test("times are the viewer's: history and the dashboard in Los Angeles time, to the minute", async ({ page }) => {
  const account = await createAccount("Pacific Person");
  await seedAssessments(account.email, [
    { at: new Date("2026-10-20T12:00:00Z"), ratings: await allSkillsAt(2) },
    // 05:30 on 15 November in UTC is 21:30 on the 14th in Los Angeles.
    { at: new Date("2026-11-15T05:30:27Z"), ratings: await allSkillsAt(3) },
  ]);
  await signInWithoutForm(page, account.email, account.password);

  await page.goto("/dashboard");
  await expect(page.getByText("From your assessment of 14 November 2026.")).toBeVisible();

  await page.goto("/history");
  // No seconds: no two saves share a minute.
  await expect(page.getByRole("link", { name: "14 Nov 2026, 21:30 GMT-8", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "20 Oct 2026, 05:00 GMT-7", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "14 Nov 2026, 21:30 GMT-8" }).click();
  // The heading (Next's route announcer repeats its text once the navigation is announced).
  await expect(page.getByRole("heading", { level: 1, name: "Assessment of 14 Nov 2026, 21:30 GMT-8" })).toBeVisible();
});

test("two saves in one minute are told apart to the second", async ({ page }) => {
  const account = await createAccount("Quick Saver");
  await seedAssessments(account.email, [
    { at: new Date("2026-11-10T18:00:05Z"), ratings: await allSkillsAt(2) },
    { at: new Date("2026-11-10T18:00:40Z"), ratings: await allSkillsAt(3) },
  ]);
  await signInWithoutForm(page, account.email, account.password);
  await page.goto("/history");
  await expect(page.getByRole("link", { name: "10 Nov 2026, 10:00:05 GMT-8", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "10 Nov 2026, 10:00:40 GMT-8", exact: true })).toBeVisible();
});
