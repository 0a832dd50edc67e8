import { mkdirSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signInWithoutForm } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

/**
 * Issue 28: a coach creates a workspace and an invitation; five members join
 * in browser contexts of their own, each choosing what to share; the coach's
 * view shows what each allowed and withholds what it must; a member lowers
 * their sharing and the coach's next load reflects it. Each page checked at
 * 390 and 1440 px in both themes: no sideways scroll, axe clean.
 */
test.describe.configure({ mode: "serial" });

const SHOTS = process.env.WORKSPACE_SHOTS ?? "test-results/workspaces";
const DAY = 86_400_000;

async function checkEveryWay(page: Page, name: string, ready: (page: Page) => Promise<void>) {
  mkdirSync(SHOTS, { recursive: true });
  for (const size of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.reload();
    await ready(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => {
        for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${size.width} px (${scheme})`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/${name}-${size.width}-${scheme}.png`, fullPage: true });
      await expectAccessible(page);
    }
  }
}

/** A member with a history of their own, signed in in a fresh browser context. */
async function memberPage(browser: Browser, name: string, level: number) {
  const account = await createAccount(name);
  const now = Date.now();
  await seedAssessments(account.email, [
    { at: new Date(now - 50 * DAY), ratings: await allSkillsAt(Math.max(0, level - 1)) },
    { at: new Date(now - (level === 1 ? 45 : 2) * DAY), ratings: await allSkillsAt(level) },
  ]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithoutForm(page, account.email, account.password);
  return { page, account };
}

let coach: Page;
let workspaceUrl: string;
let joinUrl: string;
const members: Record<string, Page> = {};

const heatMap = (page: Page) => page.getByRole("table", { name: /Members by skill/ });

test("a coach creates a workspace and an invitation link", async ({ browser }) => {
  const context = await browser.newContext();
  coach = await context.newPage();
  const account = await createAccount("Coach Kim");
  await signInWithoutForm(coach, account.email, account.password);
  await coach.goto("/workspaces");
  await expect(coach.getByText("You are in no workspace yet.")).toBeVisible();
  await coach.getByLabel("Name").fill("Evening <b>cohort</b>");
  await coach.getByLabel("Minimum group size").fill("3");
  await coach.getByRole("button", { name: "Create workspace" }).click();
  await expect(coach.getByRole("heading", { level: 1, name: "Evening <b>cohort</b>" })).toBeVisible();
  workspaceUrl = coach.url();
  await coach.getByRole("button", { name: "Create invitation link" }).click();
  joinUrl = await coach.getByLabel("The new link").inputValue();
  expect(joinUrl).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
  await expect(coach.getByText(/Member link · live · 0 joined/)).toBeVisible();
});

test("five members join from their own browsers, each choosing what to share", async ({ browser }) => {
  test.setTimeout(120_000);
  const levels = /^Readiness and levels /;
  const choices = [
    ["Ana Levels", 4, levels],
    ["Bo Levels", 2, levels],
    ["Cai Levels", 3, levels],
    ["Dev Readiness", 1, /^Readiness Your/],
    ["Eli Nothing", 5, /^Nothing /],
  ] as const;
  for (const [name, level, sharing] of choices) {
    const { page } = await memberPage(browser, name, level);
    await page.goto(joinUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Join Evening <b>cohort</b>" })).toBeVisible();
    await expect(page.getByText("Never shared, whatever you choose: your notes")).toBeVisible();
    if (name === "Ana Levels") await checkEveryWay(page, "join", async () => {});
    await page.getByRole("radio", { name: sharing }).check();
    await page.getByRole("button", { name: "Join Evening <b>cohort</b>" }).click();
    await expect(page.getByText("You are a member")).toBeVisible();
    // A member sees no one else's figures.
    await expect(heatMap(page)).toHaveCount(0);
    members[name] = page;
  }
});

test("the coach sees what each member allowed, and the group figures above the group size", async () => {
  test.setTimeout(120_000);
  await coach.goto(workspaceUrl);
  await expect(coach.getByTestId("sharing-counts")).toHaveText(
    "6 members: 3 share readiness and levels, 1 share readiness only, 2 share nothing (counted here, never shown).",
  );
  const table = heatMap(coach);
  await expect(table.getByRole("rowheader")).toHaveCount(4);
  for (const name of ["Ana Levels", "Bo Levels", "Cai Levels", "Dev Readiness"]) await expect(table.getByText(name)).toBeVisible();
  await expect(table.getByText("Eli Nothing")).toHaveCount(0);
  // Dev shares readiness only: a readiness figure, no levels.
  const dev = table.getByRole("row", { name: /Dev Readiness/ });
  await expect(dev.getByText("not shared").first()).toBeAttached();
  await expect(dev.getByRole("cell").nth(0)).toHaveText(/%$/);
  // Ana at 4 on every skill meets programming's Data Scientist target of 4.
  await expect(
    table
      .getByRole("row", { name: /Ana Levels/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText("4, meets the target");
  await expect(coach.getByRole("table", { name: "Skill figures over 3 members" })).toBeVisible();
  await expect(coach.getByText(/Median readiness .* over 4 members\./)).toBeVisible();
  // No member has a mentor's review yet: the comparison is withheld, and says why.
  await expect(coach.getByTestId("second-opinions-withheld")).toHaveText(
    /^Withheld: 0 members share their levels and have an answered mentor review/,
  );
  // Dev last assessed 45 days ago: on the nudge list at 30 days, off it at 60.
  const nudges = coach.getByRole("list", { name: "Not assessed recently" });
  await expect(nudges).toHaveText(/Dev Readiness: last assessed/);
  await coach.getByRole("spinbutton", { name: "Days", exact: true }).fill("60");
  await expect(coach.getByText("Everyone who shares has assessed in the last 60 days.")).toBeVisible();
  await checkEveryWay(coach, "cohort", async (page) => {
    await expect(heatMap(page)).toBeVisible();
  });
});

test("a member lowers their sharing on /settings, and the coach's next load withholds what it must", async () => {
  const ana = members["Ana Levels"]!;
  await ana.goto("/settings");
  const section = ana.getByRole("region", { name: "Workspaces" });
  await expect(section.getByText("What they see of you now")).toBeVisible();
  await expect(section.getByText("Programming in Python or R: 4 Proficient")).toBeVisible();
  await section.getByRole("radio", { name: /^Nothing / }).check();
  await expect(section.getByText(/Saved: Evening <b>cohort<\/b> sees this/)).toBeVisible();
  await expect(section.getByText("Programming in Python or R: 4 Proficient")).toHaveCount(0);
  await checkEveryWay(ana, "settings-workspaces", async (page) => {
    await expect(page.getByRole("region", { name: "Workspaces" })).toBeVisible();
  });

  await coach.reload();
  await expect(coach.getByTestId("sharing-counts")).toContainText("2 share readiness and levels, 1 share readiness only, 3 share nothing");
  await expect(heatMap(coach).getByText("Ana Levels")).toHaveCount(0);
  await expect(coach.getByTestId("levels-withheld")).toHaveText(
    /^Withheld: 2 members share their levels and have assessed\. Figures appear from 3/,
  );
  await expect(coach.getByText(/Median readiness .* over 3 members\./)).toBeVisible();
});
