import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

const SHOTS = "/work/shots/monthly";
const PHONE = { width: 390, height: 844 };

/** Full-page shots in both themes at the current width, with no sideways scrolling and axe clean in each. */
async function photograph(page: Page, name: string) {
  const width = page.viewportSize()!.width;
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px (${scheme})`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("/roles on a phone: one card per role, and the target matrix one role at a time", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/roles");
  // The side-by-side table gives way to cards.
  await expect(page.getByRole("table", { name: "The roles side by side" })).toHaveCount(0);
  const cards = page.getByRole("region", { name: "The roles side by side" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(1)).toContainText("Machine Learning Engineer");
  await expect(cards.nth(1)).toContainText("Deployment");

  const matrix = page.getByRole("table", { name: /Target level per skill/ });
  await expect(matrix.getByRole("columnheader")).toHaveText(["Skill", "Data Scientist"]);
  await expect(matrix.getByRole("row", { name: /MLOps and CI\/CD pipelines/ }).getByRole("cell")).toHaveText(["2 Beginner"]);
  await page.getByRole("group", { name: "Role shown" }).getByText("Machine Learning Engineer").click();
  await expect(matrix.getByRole("columnheader")).toHaveText(["Skill", "Machine Learning Engineer"]);
  await expect(matrix.getByRole("row", { name: /MLOps and CI\/CD pipelines/ })).toContainText("5 Expert ★");
  await photograph(page, "roles");

  // At a desktop's width, every role side by side as before.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole("table", { name: "The roles side by side" })).toBeVisible();
  await expect(matrix.getByRole("columnheader")).toHaveCount(5);
  await expect(page.getByRole("group", { name: "Role shown" })).toBeHidden();
});

test("/compare on a phone shows the target role's column, switchable; the target select is never cut short", async ({ page }) => {
  const account = await createAccount("Phone Person");
  await seedAssessments(account.email, [{ at: new Date(Date.now() - 86_400_000), ratings: await allSkillsAt(3) }]);
  await signInWithoutForm(page, account.email, account.password);
  expect((await page.request.patch("/api/v1/me", { data: { targetRole: "ml-researcher" } })).status()).toBe(200);

  await page.setViewportSize(PHONE);
  await page.goto("/compare");
  const table = page.getByRole("table", { name: /Skill by skill/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Skill", "Your level", "Machine Learning Researcher: target (short by)"]);
  await page.getByRole("group", { name: "Role shown in the table" }).getByText("Data Scientist").click();
  await expect(table.getByRole("columnheader")).toHaveText(["Skill", "Your level", "Data Scientist: target (short by)"]);
  await expect(table.getByRole("row", { name: /Programming in Python or R/ })).toContainText("4 Proficient (short by 1)");
  await photograph(page, "compare");

  // The role's full name fits its select, on the dashboard and here, at both widths.
  for (const [path, width] of [
    ["/dashboard", 1440],
    ["/dashboard", 390],
    ["/compare", 1440],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const select = page.getByLabel("Target role");
    await expect(select).toHaveValue("ml-researcher");
    const room = await select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(element.selectedOptions[0]!.text).width;
      // Less the padding on both sides and 24 px for the arrow.
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      return inner - text;
    });
    expect(room, `"Machine Learning Researcher" is cut in its select on ${path} at ${width} px`).toBeGreaterThan(0);
  }
});

test("/history on a phone is a list of cards, and two can be chosen and compared", async ({ page }) => {
  const account = await createAccount("History Person");
  await seedAssessments(account.email, [
    { at: new Date(Date.now() - 30 * 86_400_000), ratings: await allSkillsAt(2) },
    { at: new Date(Date.now() - 86_400_000), ratings: await allSkillsAt(3) },
  ]);
  await signInWithoutForm(page, account.email, account.password);
  await page.setViewportSize(PHONE);
  await page.goto("/history");
  await expect(page.getByRole("table", { name: "Your assessments, newest first" })).toHaveCount(0);
  const cards = page.getByRole("list", { name: "Your assessments, newest first" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText("Data Scientist80%");
  await expect(cards.nth(0)).toContainText("20 skills changed");
  await expect(cards.nth(1)).toContainText("First assessment");
  await photograph(page, "history");

  for (const card of await cards.all()) await card.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Compare the two chosen" }).click();
  await expect(page).toHaveURL(/\/history\/[^/]+\?compare=/);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/history");
  await expect(page.getByRole("table", { name: "Your assessments, newest first" }).getByRole("row")).toHaveCount(3);
  await photograph(page, "history");
});
