import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signedInPage } from "./support/accounts";

/** Rates one skill with the keyboard only: Tab into its radio group, then arrow keys. */
async function rateWithKeyboard(page: Page, skillName: string, level: number) {
  const group = page.getByRole("group", { name: new RegExp(`^${skillName.replace(/[()]/g, "\\$&")}`) });
  await group.getByRole("radio").first().focus();
  await page.keyboard.press("Space");
  for (let step = 0; step < level; step++) await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(`^${level} `));
}

test("a new user rates every skill with the keyboard, saves, and finds it in history", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/assess");
  await expect(page.getByText("0 of 20 rated")).toBeVisible();
  await expect(page.getByText("Not yet rated")).toHaveCount(20);
  await expectAccessible(page);

  const groups = page.getByRole("group");
  const names = await groups.evaluateAll((sets) => sets.map((set) => set.querySelector("legend")!.childNodes[0]!.textContent!.trim()));
  expect(names).toHaveLength(20);
  for (const [index, name] of names.entries()) await rateWithKeyboard(page, name, index % 6);
  await expect(page.getByText("20 of 20 rated")).toBeVisible();
  await expect(page.getByText("Not yet rated")).toHaveCount(0);

  await page.getByRole("button", { name: "Save assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("row", { name: /Programming in Python or R/ })).toContainText("0 None");
  await expect(page.getByRole("row", { name: /Statistics and probability/ })).toContainText("1 Awareness");
  await expectAccessible(page);
  // After saving, the next steps are one click away.
  await expect(page.getByRole("navigation", { name: "Next steps" }).getByRole("link")).toHaveText([
    "Your step this month",
    "Compare the roles",
    "All your assessments",
  ]);

  await page.goto("/history");
  await expect(page.getByRole("table", { name: "Your assessments, newest first" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("cell", { name: "First assessment" })).toBeVisible();
  await expectAccessible(page);
});

test("a draft survives a reload; an edit saved again shows exactly that change", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/assess");
  const programming = page.getByRole("group", { name: /^Programming in Python or R/ });
  await programming.getByRole("radio", { name: /^3 Competent/ }).check();
  await page.getByLabel("Evidence for Programming in Python or R (optional)").fill("https://github.com/example/project");
  await page.reload();
  await expect(programming.getByRole("radio", { name: /^3 Competent/ })).toBeChecked();
  await expect(page.getByLabel("Evidence for Programming in Python or R (optional)")).toHaveValue("https://github.com/example/project");
  await expect(page.getByText("1 of 20 rated")).toBeVisible();
  await page.getByRole("checkbox", { name: "Rate the 19 unrated skills as 0 (None)" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The form starts from the saved assessment; raise one skill and save again.
  await page.goto("/assess");
  await expect(programming.getByRole("radio", { name: /^3 Competent/ })).toBeChecked();
  await page
    .getByRole("group", { name: /^Data visualisation/ })
    .getByRole("radio", { name: /^2 Beginner/ })
    .check();
  await page.getByRole("checkbox", { name: "Rate the 18 unrated skills as 0 (None)" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/history");
  const checkboxes = page.getByRole("checkbox");
  await expect(checkboxes).toHaveCount(2);
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();
  await page.getByRole("button", { name: "Compare the two chosen" }).click();
  const changes = page.getByRole("table", { name: "Skills whose level changed" });
  await expect(changes.getByRole("row")).toHaveCount(2);
  await expect(changes.getByRole("row", { name: /Data visualisation/ })).toContainText("Not rated (counts as 0)2 Beginner (up 2)");
  // Data visualisation is core for Data Scientist (w=3): 2 levels = 6 of 106 = +5.7 points.
  await expect(page.getByRole("region", { name: /What changed/ }).getByText("Data Scientist: +5.7 points")).toBeVisible();
  await expectAccessible(page);
});

test("the JSON export downloads from settings", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/assess");
  await page
    .getByRole("group", { name: /^Cloud infrastructure/ })
    .getByRole("radio", { name: /^4 Proficient/ })
    .check();
  await page.getByRole("checkbox", { name: "Rate the 19 unrated skills as 0 (None)" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^skillgap-export-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(await (await import("node:fs/promises")).readFile((await download.path())!, "utf8"));
  expect(document.format).toBe("skillgap-export");
  const ratings = document.assessments[0].ratings;
  expect(ratings).toContainEqual({ skill: "cloud", level: 4, note: null });
  // The other 19 were saved as 0 at the user's request, and the export says they were not rated by choice.
  expect(ratings.filter((r: { byChoice?: boolean }) => r.byChoice === false)).toHaveLength(19);
});

test("the form will not save with skills unrated unless the user rates the rest as 0, which the assessment records", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/assess");
  await rateWithKeyboard(page, "Programming in Python or R", 3);
  await rateWithKeyboard(page, "Statistics and probability", 2);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Rate every skill before saving, or choose to rate the 18 unrated skills as 0 (None).")).toBeVisible();
  await expect(page).toHaveURL(/\/assess$/);
  expect((await (await page.request.get("/api/v1/assessments")).json()).items).toHaveLength(0);

  await page.getByRole("checkbox", { name: "Rate the 18 unrated skills as 0 (None)" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const detail = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
  expect(detail.ratings).toHaveLength(20);
  expect(detail.unratedSkills).toHaveLength(18);
  expect(detail.unratedSkills).not.toContain("programming");
  await expect(page.getByRole("row", { name: /Cloud infrastructure/ })).toContainText("Not rated (counts as 0)");
  await expect(page.getByRole("row", { name: /Programming in Python or R/ })).toContainText("3 Competent");
});

test("/assess fits a phone: one compact scale per skill, and the sticky bar never hides the focused control", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedInPage(page);
  await page.goto("/assess");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  testInfo.annotations.push({ type: "assess height at 390 px", description: `${height} px` });
  expect(height, "the form at 390 px").toBeLessThan(8000);
  await testInfo.attach("assess-390.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });

  await page.getByLabel("Evidence for Business and domain knowledge (optional)").focus();
  for (let step = 0; step < 8; step++) {
    await page.keyboard.press("Shift+Tab");
    const { focusedTop, barBottom } = await page.evaluate(() => ({
      focusedTop: document.activeElement!.getBoundingClientRect().top,
      barBottom: document.getElementById("progress")!.closest(".sticky")!.getBoundingClientRect().bottom,
    }));
    expect(focusedTop, `focus ${step + 1} step(s) back sits below the sticky bar`).toBeGreaterThanOrEqual(barBottom);
  }
  const note = "A long note that must stay readable in full: ".repeat(4);
  const box = page.getByLabel("Evidence for Business and domain knowledge (optional)");
  await box.fill(note);
  expect(await box.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
});
