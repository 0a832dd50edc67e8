// The run's results as one Markdown document: the tables, and the goals met or not.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import {
  CONNECTIONS,
  DURATION,
  ENGINE,
  GROWTH_SAMPLES,
  GROWTH_WARMUP_SECONDS,
  LIGHTHOUSE_RUNS,
  POSTGRES_SERVER,
  SIZES,
  TARGETS,
  WARMUP_SECONDS,
  WRITERS,
  WRITERS_DURATION,
} from "./config.mjs";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../../scripts/server-node-flags.mjs";
import { GROWTH_SIZES } from "./generate.mjs";
import { IMPORT_RUNS, PROBE_INTERVAL_MS } from "./imports.mjs";
import { LIGHTHOUSE_PAGES } from "./lighthouse.mjs";
import { growthPaths } from "./measure.mjs";

const lighthouseVersion = () => JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")).version;
const chromiumVersion = () =>
  execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).match(/\d+(\.\d+)+/)?.[0];

export const fmt = (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? "n/a" : value.toFixed(digits));
export const ratio = (a, b) => (a && b ? a / b : null);

// ---------------------------------------------------------------- report
export function machine() {
  const git = (args) => {
    try {
      return execFileSync("git", args, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]) !== "";
  const sqlite = new Database(":memory:").prepare("select sqlite_version() as v").get().v;
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    ramGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database: `SQLite ${sqlite}`,
    commit: `${git(["rev-parse", "--short", "HEAD"])}${dirty ? " (with uncommitted changes)" : ""}`,
    branch: git(["rev-parse", "--abbrev-ref", "HEAD"]),
  };
}

export function errorsCell(result) {
  const total = result.non2xx + result.socketErrors;
  if (!total) return "0";
  const kinds = Object.entries(result.statuses)
    .filter(([code]) => code < 200 || code >= 300)
    .map(([code, count]) => `${count}x${code}`);
  if (result.socketErrors) kinds.push(`${result.socketErrors} socket${result.timeouts ? `, ${result.timeouts} timeouts` : ""}`);
  return `${total} (${kinds.join(", ")})`;
}

export const cpuCell = (cpu) => `${fmt(cpu.server, 2)} / ${fmt(cpu.loadGenerator, 2)} / ${fmt(cpu.other, 2)}`;
export const msCell = (timing) => (timing.median === null ? `failed (${timing.failed})` : `${fmt(timing.median)} (${fmt(timing.p95)})`);

export function report(r) {
  const m = r.machine;
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(" | ")} |`);
  const table = (header, rows) => {
    row(header);
    row(header.map((cell, index) => (index === 0 ? "---" : "---:")));
    rows.forEach(row);
    lines.push("");
  };
  const health = r.load.health.rps;
  lines.push(`# Skillgap benchmark results (${ENGINE})`, "");
  lines.push(`- date: ${r.date}`);
  lines.push(`- commit: ${m.commit} on ${m.branch}`);
  lines.push(`- machine: ${m.cpu}, ${m.cores} cores, ${fmt(m.ramGiB)} GiB RAM, ${m.os}; Node ${m.node}, ${m.database}`);
  lines.push(
    `- data: ${r.sizes.users} users x ${r.sizes.assessments} assessments x ${r.sizes.ratings} ratings, seed ${r.sizes.seed}, plus one user each with ${GROWTH_SIZES.join(", ")} assessments` +
      ` (${r.data.full.meta.assessmentsTotal} assessments, ${r.data.full.meta.ratingsTotal} ratings, ${fmt(r.data.full.meta.bytes / 1e6, 0)} MB; ${r.data.full.reused ? "reused" : "generated"}` +
      ` ${r.data.full.meta.generatedAt.slice(0, 10)}; the 10% database has the first ${r.data.small.meta.users} users)`,
  );
  lines.push(`- other processes' CPU before the run: ${fmt(r.otherBefore, 2)} cores (0 means the machine was otherwise idle)`);
  lines.push(
    `- build: ${r.build}; server: next start (production), one process, ${POSTGRES_SERVER ? `PostgreSQL over local TCP (pg adapter, pool of ${process.env.DATABASE_POOL_SIZE ?? 10})` : "SQLite WAL"}; load: autocannon ${CONNECTIONS} connections from a separate process on the same machine`,
  );
  lines.push(
    `- total run time: ${fmt((r.finished - r.started) / 1000, 0)} s (${r.phases.map((p) => `${p.name} ${fmt(p.seconds, 0)} s`).join(", ")})`,
    "",
  );

  lines.push(
    `## Load (${CONNECTIONS} connections x ${DURATION} s per target after a ${WARMUP_SECONDS} s warm-up, as ${r.poolSize} users round-robin)`,
    "",
  );
  table(
    ["target", "req/s (2xx)", "p50 ms", "p95 ms", "p99 ms", "errors", "vs /api/health", "CPU: server / load gen / other"],
    Object.entries(TARGETS).map(([key, target]) => {
      const result = r.load[key];
      return [
        target.label,
        fmt(result.rps),
        fmt(result.p50),
        fmt(result.p95),
        fmt(result.p99),
        errorsCell(result),
        key === "health" ? "1.00" : fmt(ratio(result.rps, health), 2),
        cpuCell(result.cpu),
      ];
    }),
  );
  lines.push(
    `CPU is in cores (this machine has ${m.cores}); "other" is every process that is not the server or the load generator.` +
      ` Next's server runs JavaScript on one thread, so a server figure near 1.0 means it was the bottleneck;` +
      ` a high "other" means the run was disturbed.`,
    "",
  );

  lines.push(
    `## Growth (server time: one request at a time from one client, ${GROWTH_SAMPLES} timed after 5 untimed; median ms (p95))`,
    "",
    `The history sizes are interleaved: each round sends the endpoint once for each size, one after another, in an order rotated every round, so every size meets the same server state.`,
    "",
  );
  const g = r.growth;
  table(
    [
      "endpoint",
      ...GROWTH_SIZES.map((size) => `${size} assessments`),
      `${GROWTH_SIZES.at(-1)} / ${GROWTH_SIZES[0]}`,
      "DB at 10%",
      "DB at 100%",
      "100% / 10%",
    ],
    Object.keys(growthPaths).map((name) => [
      growthPaths[name],
      ...GROWTH_SIZES.map((size) => msCell(g.byHistory[size][name])),
      fmt(ratio(g.byHistory[GROWTH_SIZES.at(-1)][name].median, g.byHistory[GROWTH_SIZES[0]][name].median), 2),
      msCell(g.small[name]),
      msCell(g.full[name]),
      fmt(ratio(g.full[name].median, g.small[name].median), 2),
    ]),
  );
  lines.push(
    `The DB-size columns time the same ${r.growthUsers} users (${SIZES.assessments} assessments each) against the 10% and the full database, each on its own server;` +
      ` both servers get the same ${GROWTH_WARMUP_SECONDS} s of load per endpoint first.` +
      ` Other processes used ${fmt(g.smallCpu.other, 2)} cores during the 10% timings and ${fmt(g.cpu.other, 2)} during the full-database ones.`,
    "",
  );

  const w = r.writers;
  lines.push(
    `## Writes under contention (${WRITERS} concurrent writers x ${WRITERS_DURATION} s, each save with its own Idempotency-Key)`,
    "",
  );
  table(
    ["saves/s", "p50 ms", "p95 ms", "p99 ms", "failed saves", "SQLITE_BUSY lines in server log", "CPU: server / load gen / other"],
    [[fmt(w.rps), fmt(w.p50), fmt(w.p95), fmt(w.p99), errorsCell(w), String(w.busy), cpuCell(w.cpu)]],
  );

  lines.push(
    `## Largest allowed import (${IMPORT_RUNS} runs after one unmeasured dry run, each by a fresh user; a probe asks /api/health every ${PROBE_INTERVAL_MS} ms meanwhile)`,
    "",
  );
  table(
    ["run", "assessments (body)", "wall ms", "assessments/s", "/api/health p50 / p95 / max ms (answers)", "CPU: server / load gen / other"],
    r.imports.runs.map((run, index) => [
      String(index + 1),
      `${r.imports.assessments} (${fmt(run.bytes / 1e6, 2)} MB)`,
      fmt(run.ms, 0),
      fmt(run.rate, 0),
      `${fmt(run.health.p50)} / ${fmt(run.health.p95)} / ${fmt(run.health.max)} (${run.health.count})`,
      cpuCell(run.cpu),
    ]),
  );

  lines.push("## Memory (next-server process)", "");
  const peakPhase = Object.entries(r.memory.peakByPhase).sort((a, b) => b[1] - a[1])[0];
  table(
    [
      "RSS after start",
      "peak RSS (VmHWM)",
      "highest sampled RSS during",
      "RSS after the read load phases",
      "after running them again",
      "change",
    ],
    [
      [
        `${fmt(r.memory.afterStart / 1024, 0)} MB`,
        `${fmt(r.memory.hwm / 1024, 0)} MB`,
        peakPhase ? `${peakPhase[0]} (${fmt(peakPhase[1] / 1024, 0)} MB)` : "n/a",
        `${fmt(r.leak.afterFirst / 1024, 0)} MB`,
        `${fmt(r.leak.afterSecond / 1024, 0)} MB`,
        `${r.leak.growth >= 0 ? "+" : ""}${fmt(r.leak.growth * 100, 1)}%`,
      ],
    ],
  );
  lines.push(
    `The server runs with ${SERVER_NODE_FLAGS.join(" ")} and ${Object.entries(SERVER_ENV)
      .map(([name, value]) => `${name}=${value}`)
      .join(" ")} (scripts/server-node-flags.mjs, as \`npm start\` runs it).` +
      ` Second pass of the read load phases (the leak check), req/s: ` +
      Object.entries(r.leak.secondPass)
        .map(([key, result]) => `${TARGETS[key].label} ${fmt(result.rps)} (other CPU ${fmt(result.cpu.other, 2)})`)
        .join(", ") +
      ".",
    "",
  );

  lines.push("## Page weight (first-load JS, gzipped, kB = 1,000 bytes)", "");
  table(
    ["page", "first-load JS, gzipped", "raw", "chunks", "next/dynamic JS loaded after hydration, gzipped"],
    r.pages.map((page) =>
      page.status === 200
        ? [
            page.path,
            `${fmt(page.gzipped / 1000)} kB`,
            `${fmt(page.raw / 1000)} kB`,
            String(page.chunks),
            page.lazyChunks ? `${fmt(page.lazy.gzipped / 1000)} kB (${page.lazyChunks} chunks)` : "none",
          ]
        : [page.path, `not measured: HTTP ${page.status}`, "", "", ""],
    ),
  );

  if (r.lighthouse) {
    lines.push(
      `## What the browser feels (Lighthouse ${lighthouseVersion()}, mobile preset with its simulated throttling, Chromium ${chromiumVersion()}; median of ${LIGHTHOUSE_RUNS} runs per page; other processes used ${fmt(r.lighthouse.otherBefore, 2)} cores just before)`,
      "",
    );
    table(
      ["page", "performance (range)", "accessibility", "best practices", "LCP", "TBT", "CLS"],
      r.lighthouse.pages.map((page) => [
        `${page.path}${LIGHTHOUSE_PAGES.find((p) => p.path === page.path).auth ? " (signed in)" : ""}`,
        `${page.performance} (${page.performanceRange.join("-")})`,
        String(page.accessibility),
        String(page.bestPractices),
        `${fmt(page.lcpMs / 1000, 2)} s`,
        `${fmt(page.tbtMs, 0)} ms`,
        fmt(page.cls, 3),
      ]),
    );
  }

  lines.push("## Goals", "");
  table(
    ["goal", "measured", "met"],
    r.goals.map((goal) => [goal.name, goal.measured, goal.met === null ? "not measured" : goal.met ? "yes" : "**no**"]),
  );
  return lines.join("\n");
}

export function goals(r) {
  const health = r.load.health.rps;
  const page = (p) => r.pages.find((entry) => entry.path === p);
  const growthRatio = (name) =>
    ratio(r.growth.byHistory[GROWTH_SIZES.at(-1)][name].median, r.growth.byHistory[GROWTH_SIZES[0]][name].median);
  const atLeast = (value, limit) => (value === null ? null : value >= limit);
  const atMost = (value, limit) => (value === null ? null : value <= limit);
  const pageP95Times = ratio(r.load.dashboardPage.p95, r.load.dashboardApi.p95);
  const kb = (p) => (page(p)?.status === 200 ? page(p).gzipped / 1000 : null);
  const failedSaves = r.writers.non2xx + r.writers.socketErrors;
  const untilChartsKb = kb("/dashboard") === null ? null : kb("/dashboard") + page("/dashboard").lazy.gzipped / 1000;
  return [
    {
      name: "dashboard API throughput >= 50% of /api/health",
      measured: fmt(ratio(r.load.dashboardApi.rps, health) * 100, 0) + "%",
      met: atLeast(ratio(r.load.dashboardApi.rps, health), 0.5),
    },
    {
      name: "/dashboard page throughput >= 35% of /api/health",
      measured:
        `${fmt(ratio(r.load.dashboardPage.rps, health) * 100, 0)}%` +
        ` (the smallest page, /signin: ${fmt(ratio(r.load.smallestPage.rps, health) * 100, 0)}%)`,
      met: atLeast(ratio(r.load.dashboardPage.rps, health), 0.35),
    },
    {
      name: "/dashboard page p95 < 3x the dashboard API's p95 at the same load",
      measured: `${fmt(pageP95Times, 2)}x (${fmt(r.load.dashboardPage.p95)} vs ${fmt(r.load.dashboardApi.p95)} ms)`,
      met: pageP95Times === null ? null : pageP95Times < 3,
    },
    {
      name: "dashboard server time, 1,000 vs 10 assessments <= 1.5x",
      measured: `${fmt(growthRatio("dashboard"), 2)}x`,
      met: atMost(growthRatio("dashboard"), 1.5),
    },
    {
      name: "progress server time, 1,000 vs 10 assessments <= 1.3x",
      measured: `${fmt(growthRatio("progress"), 2)}x`,
      met: atMost(growthRatio("progress"), 1.3),
    },
    {
      name: "peak server RSS (VmHWM) <= 300 MB",
      measured: `${fmt(r.memory.hwm / 1024, 0)} MB`,
      met: atMost(r.memory.hwm / 1024, 300),
    },
    {
      name: "RSS after a second pass of the read load phases within 10% of after the first",
      measured: `${r.leak.growth >= 0 ? "+" : ""}${fmt(r.leak.growth * 100, 1)}%`,
      met: r.leak.growth === null ? null : Math.abs(r.leak.growth) <= 0.1,
    },
    {
      name: "import >= 2,000 assessments/s (largest allowed import, median run)",
      measured: `${fmt(r.imports.median.rate, 0)}/s (${r.imports.runs.map((run) => fmt(run.rate, 0)).join(", ")})`,
      met: atLeast(r.imports.median.rate, 2000),
    },
    {
      name: "/api/health p95 < 100 ms during the largest import (median run)",
      measured: `${fmt(r.imports.healthP95Median)} ms (${r.imports.runs.map((run) => fmt(run.health.p95)).join(", ")})`,
      met: r.imports.healthP95Median < 100,
    },
    {
      name: "zero write errors under contention",
      measured: `${failedSaves} failed saves, ${r.writers.busy} SQLITE_BUSY`,
      met: failedSaves === 0 && r.writers.busy === 0,
    },
    {
      name: "/dashboard JS until its charts are drawn (first load and next/dynamic) <= 250 kB gzipped",
      measured: untilChartsKb === null ? "n/a" : `${fmt(untilChartsKb)} kB`,
      met: atMost(untilChartsKb, 250),
    },
    {
      name: "/signin first-load JS <= 160 kB gzipped",
      measured: kb("/signin") === null ? "n/a" : `${fmt(kb("/signin"))} kB`,
      met: atMost(kb("/signin"), 160),
    },
    ...lighthouseGoals(r.lighthouse?.pages),
  ];
}

/** Every audited page must reach each category's floor; "measured" names the lowest page. */
function lighthouseGoals(pages) {
  const floors = [
    ["performance", "performance", 95],
    ["accessibility", "accessibility", 100],
    ["bestPractices", "best practices", 95],
  ];
  return floors.map(([key, label, floor]) => {
    if (!pages) return { name: `Lighthouse ${label} >= ${floor} on every page`, measured: "not run", met: null };
    const lowest = pages.reduce((low, page) => (page[key] < low[key] ? page : low));
    return {
      name: `Lighthouse ${label} >= ${floor} on every page`,
      measured: `lowest ${lowest[key]} (${lowest.path})`,
      met: lowest[key] >= floor,
    };
  });
}
