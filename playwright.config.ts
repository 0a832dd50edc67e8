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
  // A `test.only` left in a spec would make CI run one test and pass.
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // scripts/test.mjs gives each pass a report of its own (E2E_JSON_REPORT): the two passes run at once.
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "test-results/playwright.json" }]],
  // A failed test keeps a screenshot of the page as it failed, beside its error and source line. No trace is recorded:
  // it would be recorded for every test, nearly all of which pass and throw theirs away (a sixteenth of the pass's
  // CPU when measured), and CI keeps no file of a run. To see a failure's every action, its
  // network and console, rerun that spec with `--trace retain-on-failure` (CONTRIBUTING.md).
  use: {
    baseURL,
    trace: "off",
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
