// What the browser feels: Lighthouse (mobile preset, its default simulated
// throttling) on the pages a visitor and a signed-in user open first, against
// the bench's production server, in Debian's Chromium. Each audit runs the
// Lighthouse CLI in a process of its own, one page at a time on an idle server.
import { BASE, LIGHTHOUSE_RUNS } from "./config.mjs";
import { runTracked } from "./processes.mjs";

export const LIGHTHOUSE_PAGES = [
  { path: "/", auth: false },
  { path: "/roles", auth: false },
  { path: "/signin", auth: false },
  { path: "/dashboard", auth: true },
  { path: "/assess", auth: true },
];
export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices"];

const CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];

async function auditOnce(page, cookie) {
  const args = [
    "node_modules/lighthouse/cli/index.js",
    `${BASE}${page.path}`,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
  ];
  if (page.auth) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const report = JSON.parse(await runTracked(process.execPath, args, { CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }));
  if (report.runtimeError) throw new Error(`lighthouse ${page.path}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  // A signed-in page that redirected to /signin would be audited as the wrong page.
  if (new URL(report.finalDisplayedUrl).pathname !== page.path)
    throw new Error(`lighthouse ${page.path}: ended on ${report.finalDisplayedUrl}`);
  const score = (category) => Math.round(report.categories[category].score * 100);
  const metric = (audit) => report.audits[audit].numericValue;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Each page audited LIGHTHOUSE_RUNS times; every figure is the median of its runs (Lighthouse's own advice), with the performance scores' range. */
export async function lighthouseAudits(cookie) {
  const results = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) runs.push(await auditOnce(page, cookie));
    console.error(`  ${page.path}: performance ${runs.map((r) => r.performance).join(", ")}`);
    const summary = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
    const scores = runs.map((r) => r.performance);
    results.push({ path: page.path, ...summary, performanceRange: [Math.min(...scores), Math.max(...scores)] });
  }
  return results;
}
