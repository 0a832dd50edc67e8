import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails the test with axe's findings when the page has any WCAG A/AA violation.
 * In legacy mode: axe.run over the page, its same-origin frames included (the
 * app has no frames, and its CSP allows no other origin's), with the same rules
 * and findings as the default mode, which opens a blank page to merge per-frame
 * results on every check and took two to three times as long. Every rule runs
 * on every element as before; only the violations are reported node by node
 * (resultTypes), since they are all this check reads: axe no longer builds a
 * selector and an HTML excerpt for each of the thousands of passing nodes.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** Full-page screenshots at phone and desktop widths, kept with the test's results. */
export async function screenshotAtWidths(page: Page, name: string, outputPath: (file: string) => string) {
  for (const [label, size] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways at ${label} width`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: outputPath(`${name}-${label}.png`), fullPage: true });
  }
}
