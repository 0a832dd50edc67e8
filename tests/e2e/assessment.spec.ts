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
  await expect(page.getByText("0 of 20 skills rated")).toBeVisible();
  await expect(page.getByText("Not yet rated")).toHaveCount(20);
  await expectAccessible(page);

  const groups = page.getByRole("group");
  const names = await groups.evaluateAll((sets) => sets.map((set) => set.querySelector("legend")!.childNodes[0]!.textContent!.trim()));
  expect(names).toHaveLength(20);
  for (const [index, name] of names.entries()) await rateWithKeyboard(page, name, index % 6);
  await expect(page.getByText("20 of 20 skills rated")).toBeVisible();
  await expect(page.getByText("Not yet rated")).toHaveCount(0);

  await page.getByRole("button", { name: "Save assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("row", { name: /Programming in Python or R/ })).toContainText("0 None");
  await expect(page.getByRole("row", { name: /Statistics and probability/ })).toContainText("1 Awareness");
  await expectAccessible(page);

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
  await expect(page.getByText("1 of 20 skills rated")).toBeVisible();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The form starts from the saved assessment; raise one skill and save again.
  await page.goto("/assess");
  await expect(programming.getByRole("radio", { name: /^3 Competent/ })).toBeChecked();
  await page
    .getByRole("group", { name: /^Data visualisation/ })
    .getByRole("radio", { name: /^2 Beginner/ })
    .check();
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
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^skillgap-export-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(await (await import("node:fs/promises")).readFile((await download.path())!, "utf8"));
  expect(document.format).toBe("skillgap-export");
  expect(document.assessments[0].ratings).toEqual([{ skill: "cloud", level: 4, note: null }]);
});
