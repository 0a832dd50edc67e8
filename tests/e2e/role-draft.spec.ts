import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { signedInPage } from "./support/accounts";
import { allSkillsAt, seedAssessments } from "./support/seed";

const POSTING = readFileSync("tests/fixtures/postings/ml-engineer-platform.txt", "utf8");
// Where to write the screenshots too, for looking at them outside the test report.
const SHOTS = process.env.SHOTS_DIR;

const WIDTHS = [
  { label: "390", size: { width: 390, height: 844 } },
  { label: "1440", size: { width: 1440, height: 900 } },
] as const;

async function draftPosting(page: Page) {
  await page.goto("/roles/new");
  await page.getByRole("textbox", { name: "Job posting" }).fill(POSTING);
  await page.getByRole("button", { name: "Draft targets" }).click();
  await expect(page.getByRole("heading", { name: "Drafted targets" })).toBeVisible();
}

test("paste a posting: each skill's target, weight and evidence, editable, with the readiness it implies", async ({ page }) => {
  const account = await signedInPage(page);
  await seedAssessments(account.email, [{ at: new Date(Date.now() - 86_400_000), ratings: await allSkillsAt(3) }]);
  await draftPosting(page);

  const containers = page.getByRole("row", { name: /^Containers and orchestration/ });
  await expect(containers.getByLabel("Target for Containers and orchestration")).toHaveValue("4");
  await expect(containers.getByLabel("Weight for Containers and orchestration")).toHaveValue("3");
  await expect(containers).toContainText("Hands-on experience with Docker and Kubernetes in production");
  await expect(page.getByRole("row", { name: /^Writing and publishing research papers/ })).toContainText("Not named");
  await expect(page.getByRole("note")).toContainText("Saving your own roles comes later");

  // Everyone at level 3: the status names a readiness below 100% while some targets are 4 or 5...
  const status = page.getByRole("status").filter({ hasText: "Your readiness for this posting" });
  // Whole percentages on screen, as everywhere (the API keeps the precision).
  await expect(status).toContainText(/\b\d{1,2}%/);
  const before = await status.textContent();
  // ...and lowering every target above 3 to 3 meets them all.
  for (const select of await page.getByLabel(/^Target for /).all()) {
    if (Number(await select.inputValue()) > 3) await select.selectOption("3");
  }
  await expect(status).toContainText("100%");
  expect(before).not.toContain("100%");
});

test("an empty posting is refused in the form, naming the field, before anything is sent", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/roles/new");
  let sent = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/v1/roles/draft")) sent += 1;
  });
  await page.getByRole("button", { name: "Draft targets" }).click();
  await expect(page.getByText("Paste the text of a job posting.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Job posting" })).toHaveAttribute("aria-invalid", "true");
  expect(sent).toBe(0);
});

test("the page with a drafted posting: no sideways scrolling and axe clean at 390 and 1440 px, light and dark", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const account = await signedInPage(page);
  await seedAssessments(account.email, [{ at: new Date(Date.now() - 86_400_000), ratings: await allSkillsAt(2) }]);
  for (const { label, size } of WIDTHS) {
    await page.setViewportSize(size);
    await draftPosting(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => {
        for (const animation of document.getAnimations()) if (animation instanceof CSSTransition) animation.finish();
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/roles/new scrolls sideways at ${label} px (${scheme})`).toBeLessThanOrEqual(0);
      const name = `roles-new-drafted-${label}-${scheme}.png`;
      const shot = await page.screenshot({ fullPage: true });
      await testInfo.attach(name, { body: shot, contentType: "image/png" });
      if (SHOTS) writeFileSync(`${SHOTS}/${name}`, shot);
      await expectAccessible(page);
    }
  }
});
