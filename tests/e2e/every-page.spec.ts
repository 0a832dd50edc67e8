import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signInThroughForm, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

// Every page at a phone's and a desktop's width, in both themes: no sideways
// scrolling, axe clean, and a screenshot of each attached to the results.
const WIDTHS = [
  { label: "390", size: { width: 390, height: 844 } },
  { label: "1440", size: { width: 1440, height: 900 } },
] as const;
const SCHEMES = ["light", "dark"] as const;
const DAY = 86_400_000;

// The page is loaded afresh at each width; the theme is pure CSS (prefers-color-scheme), so it switches in place,
// and the colour transitions it starts are brought to their end (where they are 150 ms later) before anything is looked at.
async function checkEveryWay(page: Page, testInfo: TestInfo, name: string, ready: (page: Page) => Promise<void> = async () => {}) {
  for (const { label, size } of WIDTHS) {
    await page.setViewportSize(size);
    await page.reload();
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => {
        for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
      });
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${label} px (${scheme})`).toBeLessThanOrEqual(0);
      await testInfo.attach(`${name}-${label}-${scheme}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
      await expectAccessible(page);
    }
  }
}

/** Boxes of every text label the charts draw; none may overlap another or leave the figure. */
async function expectChartLabelsApart(page: Page, where: string) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const figure of document.querySelectorAll("figure")) {
      const frame = figure.getBoundingClientRect();
      const labels = [...figure.querySelectorAll("[data-chart] text, [data-chart] [data-chart-label]")]
        .map((element) => ({ text: element.textContent ?? "", box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      for (const [index, { text, box }] of labels.entries()) {
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) found.push(`"${text}" is cut off`);
        for (const other of labels.slice(index + 1)) {
          const overlapX = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
          const overlapY = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
          if (overlapX > 0.5 && overlapY > 0.5) found.push(`"${text}" overlaps "${other.text}"`);
        }
      }
      if (labels.length === 0) found.push(`figure "${figure.querySelector("figcaption")?.textContent}" has no labels`);
    }
    return found;
  });
  expect(problems, where).toEqual([]);
}

for (const [name, path] of [
  ["home", "/"],
  ["roles", "/roles"],
  ["role", "/roles/ml-engineer"],
  ["signin", "/signin"],
  ["signup", "/signup"],
  ["forgot-password", "/forgot-password"],
  ["reset-password", "/reset-password?token=any-token"],
  ["not-found", "/no-such-page"],
] as const) {
  test(`public page: ${name}`, async ({ page }, testInfo) => {
    await page.goto(path);
    await checkEveryWay(page, testInfo, name);
  });
}

test("the dashboard: readable charts at every width and theme", async ({ page }, testInfo) => {
  const account = await createAccount("Dana");
  const now = Date.now();
  await seedAssessments(account.email, [
    { at: new Date(now - 120 * DAY), ratings: await allSkillsAt(1) },
    { at: new Date(now - 60 * DAY), ratings: await allSkillsAt(2) },
    { at: new Date(now), ratings: (await allSkillsAt(3)).map((r, i) => ({ ...r, level: i % 6 })) },
  ]);
  await signInThroughForm(page, account.email, account.password);
  await page.getByLabel("Target role").selectOption("ml-engineer");
  await page.getByRole("button", { name: "Save target and goal" }).click();
  await expect(page.getByText("Target and goal saved.")).toBeVisible();
  await checkEveryWay(page, testInfo, "dashboard", async (page) => {
    await page.locator("[data-chart=progress] svg").waitFor();
    await expectChartLabelsApart(page, `dashboard at ${page.viewportSize()!.width} px`);
  });
});

for (const name of ["assess", "compare", "history", "history-comparison", "settings", "settings-access"] as const) {
  test(`signed-in page: ${name}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const account = await createAccount();
    // Two saves a second apart, one with long notes and one with skills left unrated.
    const now = Date.now();
    await seedAssessments(account.email, [
      { at: new Date(now - 1000), ratings: (await allSkillsAt(2)).map((r) => ({ ...r, note: "A long note: ".repeat(20) })) },
      { at: new Date(now), ratings: (await allSkillsAt(3)).slice(0, 15) },
    ]);
    await signInWithoutForm(page, account.email, account.password);
    const { items } = await (await page.request.get("/api/v1/assessments")).json();
    const paths = {
      assess: "/assess",
      compare: "/compare",
      history: "/history",
      "history-comparison": `/history/${items[0].id}?compare=${items[1].id}`,
      settings: "/settings",
      "settings-access": "/settings/access",
    };
    await page.goto(paths[name]);
    await checkEveryWay(page, testInfo, name);
  });
}
