import { defineConfig, devices } from "@playwright/test";

// Overridable so two checkouts on one machine can run their suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

// Playwright cannot download its browser here: drive Debian's build of the headless shell, the browser Playwright itself
// runs headless tests in. Same engine and version as /usr/bin/chromium (the bench's Lighthouse runs that one), without
// the full browser's UI layer: about a third less CPU per test.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs gives each pass a report of its own (E2E_JSON_REPORT): the two passes run at once.
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/playwright.json" }]],
  // A failed test keeps its trace (every action with its timing and source line, network, console) and a screenshot
  // of the page as it failed. Traces are recorded for every test, nearly all of which pass and throw theirs away, so
  // they leave out what cost most: the screencast (about a tenth of the suite's CPU) and a copy of the whole DOM
  // after each action (about a quarter of the browser's CPU on the long pages of every-page and the API reference).
  use: {
    baseURL,
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    screenshot: "only-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    // A production server (`next build` ran before, in scripts/test.mjs) on its own database file.
    command: `node scripts/serve-e2e.mjs ${E2E_PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
